using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Codegen.Cli;

/// <summary>
/// Checks the namespace option before anything is read, and reports a bad one (OAG0025) where the user wrote it:
/// the --namespace option on a command line, or the Namespace metadata of the OpenApiSpec item when the build
/// runs the tool (the targets pass the project file with --project-file).
/// </summary>
internal static class NamespaceCheck
{
    public static Diagnostic? Check(GenerationRequest request)
    {
        if (NamespaceName.Problem(request.Namespace) is not { } problem)
        {
            return null;
        }

        var value = DiagnosticText.Sanitize(request.Namespace);
        if (request.ProjectFile is not { } project)
        {
            return Diagnostic.Create(DiagnosticDescriptors.InvalidNamespace, Location.None, "The --namespace option", value, DiagnosticText.Sanitize(problem), NamespaceName.Example);
        }

        // The item as the project includes it: two descriptions may share a file name (api.yaml, store/api.yaml).
        var item = Path.GetRelativePath(Path.GetDirectoryName(project) ?? ".", request.SpecPath).Replace('\\', '/');
        var option = $"The Namespace metadata of the OpenApiSpec item '{DiagnosticText.Sanitize(item)}'";
        return Diagnostic.Create(DiagnosticDescriptors.InvalidNamespace, InProject(project, request.Namespace), option, value, DiagnosticText.Sanitize(problem), NamespaceName.Example);
    }

    /// <summary>
    /// Where the value is written in the project file (as Namespace="..." or &lt;Namespace&gt;...&lt;/Namespace&gt;);
    /// the file's start when it is not there literally (set from a property, or in an imported file).
    /// </summary>
    private static Location InProject(string project, string value)
    {
        var start = new LinePosition(0, 0);
        try
        {
            var lines = File.ReadAllLines(project);
            for (var i = 0; i < lines.Length; i++)
            {
                var column = IndexOfValue(lines[i], value);
                if (column >= 0)
                {
                    start = new LinePosition(i, column);
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The project itself is unreadable: its start is the best place left.
        }

        return Location.Create(project, default, new LinePositionSpan(start, start));
    }

    private static int IndexOfValue(string line, string value)
    {
        foreach (var (before, after) in new[] { ("Namespace=\"", "\""), ("<Namespace>", "</Namespace>") })
        {
            var at = line.IndexOf(before + value + after, StringComparison.Ordinal);
            if (at >= 0)
            {
                return at + before.Length;
            }
        }

        return -1;
    }
}
