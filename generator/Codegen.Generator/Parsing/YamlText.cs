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
        var parser = new GuardedParser(new Parser(new StringReader(text)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0)
            {
                error = SpecDiagnostic.Create(DiagnosticDescriptors.MalformedDocument, new SourceLocation(path, 1, 1), "the file is empty");
                return null;
            }

            var root = stream.Documents[0].RootNode;
            error = AliasCheck.Check(path, root, parser.FirstAliases);
            return error is null ? root : null;
        }
        catch (YamlException) when (parser.TooDeepAt is { } tooDeep)
        {
            error = SpecDiagnostic.Create(DiagnosticDescriptors.NestingTooDeep, Location(path, tooDeep), GuardedParser.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return null;
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
        // YamlDotNet joins sentence parts with double spaces; one reads better in a build log.
        return System.Text.RegularExpressions.Regex.Replace(text.Trim(), @"\s{2,}", " ");
    }
}
