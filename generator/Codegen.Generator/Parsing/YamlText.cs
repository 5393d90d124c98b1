using System;
using System.IO;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Tree;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Codegen.Generator.Parsing;

/// <summary>Reads YAML or JSON text into a description tree, turning syntax errors into located diagnostics.</summary>
/// <remarks>
/// Four readers, fastest first, each giving up (rather than guessing) on what it does not cover, so the
/// tree, and every message and location, is always what YamlDotNet's full loader would give:
/// strict JSON (<see cref="JsonTreeReader"/>); the YAML descriptions are written in (<see cref="YamlTreeReader"/>);
/// any other YAML as YamlDotNet's parser events (<see cref="YamlEventReader"/>); and, for anchors, aliases,
/// tags and every error, YamlDotNet's loader with its alias and nesting checks.
/// </remarks>
internal static class YamlText
{
    /// <summary>Each repair re-reads the text; a real description has a handful of such blocks at most.</summary>
    private const int MaxRepairs = 100;

    public static DocNode? Parse(string path, string text, out SpecDiagnostic? error) => Parse(path, text, out error, out _);

    /// <param name="mayNeedWalk">
    /// False when one of our readers read the text and saw no "$ref" that may name another file (see
    /// <see cref="FileReferences"/>): the tree then has nothing for the loader's walk to find. True otherwise.
    /// </param>
    public static DocNode? Parse(string path, string text, out SpecDiagnostic? error, out bool mayNeedWalk)
    {
        error = null;
        mayNeedWalk = true;
        if (JsonTreeReader.TryRead(text, out var jsonRefersToFiles) is { } json)
        {
            mayNeedWalk = jsonRefersToFiles;
            return json;
        }

        if (YamlTreeReader.TryRead(text, out var yamlRefersToFiles) is { } direct)
        {
            mayNeedWalk = yamlRefersToFiles;
            return direct;
        }

        if (YamlEventReader.TryRead(new Parser(new StringReader(text))) is { } yaml)
        {
            return yaml;
        }

        for (var repairs = 0; ; repairs++)
        {
            var root = Load(path, text, out error, out var repairable);
            if (root is not null)
            {
                return YamlNodeConverter.Convert(root);
            }

            if (repairable is null || repairs == MaxRepairs || LiteralBlockRepair.TryRepair(text, repairable) is not { } repaired)
            {
                return null;
            }

            text = repaired;
            error = null;
        }
    }

    private static YamlNode? Load(string path, string text, out SpecDiagnostic? error, out YamlException? repairable)
    {
        error = null;
        repairable = null;
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
            repairable = exception;
            error = SpecDiagnostic.Create(
                DiagnosticDescriptors.MalformedDocument,
                Location(path, exception.Start),
                Describe(exception).TrimEnd('.'));
            return null;
        }
        catch (ArgumentException exception)
        {
            // YamlDotNet reports some structural problems (such as duplicate keys in older versions) this way.
            error = SpecDiagnostic.Create(DiagnosticDescriptors.MalformedDocument, new SourceLocation(path, 1, 1), exception.Message.TrimEnd('.'));
            return null;
        }
    }

    public static SourceLocation Location(string path, Mark mark)
        => new(path, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

    public static SourceLocation Location(string path, DocNode node) => new(path, Math.Max(1, node.Line), Math.Max(1, node.Column));

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
