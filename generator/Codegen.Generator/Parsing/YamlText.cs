using System;
using System.IO;
using Codegen.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Codegen.Generator.Parsing;

/// <summary>Reads YAML or JSON text into a YAML tree, turning syntax errors into located diagnostics.</summary>
internal static class YamlText
{
    public static YamlNode? Parse(string path, string text, out SpecDiagnostic? error)
    {
        error = null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                error = SpecDiagnostic.Create(DiagnosticDescriptors.MalformedDocument, new SourceLocation(path, 1, 1), "the file is empty");
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException exception)
        {
            error = SpecDiagnostic.Create(
                DiagnosticDescriptors.MalformedDocument,
                Location(path, exception.Start),
                Describe(exception));
            return null;
        }
        catch (ArgumentException exception)
        {
            // YamlDotNet reports some structural problems (such as duplicate keys in older versions) this way.
            error = SpecDiagnostic.Create(DiagnosticDescriptors.MalformedDocument, new SourceLocation(path, 1, 1), exception.Message);
            return null;
        }
    }

    public static SourceLocation Location(string path, Mark mark)
        => new(path, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

    public static SourceLocation Location(string path, YamlNode node) => Location(path, node.Start);

    /// <summary>YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (...): "; the location is reported separately.</summary>
    private static string Describe(YamlException exception)
    {
        var message = (exception.InnerException as YamlException)?.Message ?? exception.Message;
        var separator = message.IndexOf("): ", StringComparison.Ordinal);
        var text = separator >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(separator + 3) : message;
        return text.Trim();
    }
}
