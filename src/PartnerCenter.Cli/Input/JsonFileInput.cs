using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace PartnerCenter.Cli;

/// <summary>
/// Reads a request body from the file <c>--from</c> names (or standard input for <c>-</c>). Every problem is a
/// usage error (exit 2) that names the file and, for JSON that does not fit, the line, column and JSON path.
/// </summary>
internal static partial class JsonFileInput
{
    /// <summary>What <c>--from</c> takes for standard input.</summary>
    public const string StandardInput = "-";

    // Files are request bodies of a few KiB; a limit keeps a wrong path (a disk image, /dev/zero) from filling memory.
    private const long MaxBytes = 4 * 1024 * 1024;

    /// <summary>The file's text, read whole.</summary>
    public static async Task<string> ReadTextAsync(string path, TextReader standardInput, CancellationToken cancellationToken)
    {
        if (path == StandardInput)
        {
            return await standardInput.ReadToEndAsync(cancellationToken);
        }

        var fullPath = Path.GetFullPath(path);
        try
        {
            var info = new FileInfo(fullPath);
            if (Directory.Exists(fullPath))
            {
                throw Problem(path, $"is a directory ({fullPath}), not a JSON file.");
            }

            if (!info.Exists)
            {
                throw Problem(path, $"no such file ({fullPath}).");
            }

            if (info.Length > MaxBytes)
            {
                throw Problem(path, string.Create(CultureInfo.InvariantCulture, $"is {info.Length} bytes; a request body is at most {MaxBytes / 1024 / 1024} MiB."));
            }

            return await File.ReadAllTextAsync(fullPath, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Problem(path, $"cannot be read: {exception.Message}");
        }
    }

    /// <summary>Reads <typeparamref name="T"/> from <paramref name="text"/>, the content of <paramref name="path"/>.</summary>
    /// <param name="what">What the file should hold, for messages ("a create-customer request").</param>
    public static T Parse<T>(string path, string text, JsonTypeInfo<T> type, string what)
        where T : class
    {
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(text, type);
        }
        catch (JsonException exception)
        {
            throw Problem(path, Locate(exception, what));
        }

        return value ?? throw Problem(path, $"holds JSON null, not {what}.");
    }

    /// <summary>Where and why the JSON does not fit, in the file's terms: line and column from 1, and the JSON path.</summary>
    public static string Locate(JsonException exception, string what)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var reason = Reason(LocationSuffix().Replace(exception.Message, string.Empty).Trim());
        var where = new List<string>();
        if (exception.LineNumber is { } line)
        {
            where.Add(string.Create(CultureInfo.InvariantCulture, $"line {line + 1}"));
            if (exception.BytePositionInLine is { } column)
            {
                where.Add(string.Create(CultureInfo.InvariantCulture, $"column {column + 1}"));
            }
        }

        if (!string.IsNullOrEmpty(exception.Path))
        {
            where.Add($"JSON path {exception.Path}");
        }

        var location = where.Count == 0 ? string.Empty : $" at {string.Join(", ", where)}";
        return $"is not {what}{location}: {reason.TrimEnd('.')}.";
    }

    // System.Text.Json's wording is for developers: type names of this tool's models, advice about reader options.
    private static string Reason(string message)
    {
        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            return $"a required member is missing: {missing.Groups["names"].Value}";
        }

        if (message.StartsWith("The JSON value could not be converted to", StringComparison.Ordinal))
        {
            return "the value has the wrong JSON type for this member (for example a number where text or an object is expected)";
        }

        return message.Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal);
    }

    private static CliExitException Problem(string path, string problem) =>
        new(ExitCodes.UsageError, $"error: --from {(path == StandardInput ? "- (standard input)" : path)}: {problem}");

    // System.Text.Json appends "Path: $.x | LineNumber: 3 | BytePositionInLine: 12." to its messages; the tool says it its own way.
    [GeneratedRegex(@"\s*(Path: \S*\s*\|\s*)?LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$|\s*Path: \S*\.?\s*$")]
    private static partial Regex LocationSuffix();

    [GeneratedRegex(@"missing required properties including: (?<names>.+?)\.?$")]
    private static partial Regex MissingRequired();
}
