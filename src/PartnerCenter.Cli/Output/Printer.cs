using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PartnerCenter.Cli;

/// <summary>Writes resources on standard output in the chosen format.</summary>
internal static class Printer
{
    /// <summary>One resource: indented JSON, one JSON line, or its table.</summary>
    public static Task WriteAsync<T>(TextWriter output, string format, T value, Func<T, string> table, Func<JsonTypeInfo<T>> indented, Func<JsonTypeInfo<T>> compact) =>
        WriteLineAsync(output, format switch
        {
            OutputFormats.Table => table(value),
            OutputFormats.Ndjson => JsonSerializer.Serialize(value, compact()),
            _ => JsonSerializer.Serialize(value, indented()),
        });

    /// <summary>A list: a JSON array, one JSON line per item, or its table.</summary>
    public static async Task WriteListAsync<T>(TextWriter output, string format, IReadOnlyList<T> values, Func<IReadOnlyList<T>, string> table, Func<JsonTypeInfo<T>> indented, Func<JsonTypeInfo<T>> compact)
    {
        switch (format)
        {
            case OutputFormats.Table:
                await WriteLineAsync(output, table(values));
                break;
            case OutputFormats.Ndjson:
                foreach (var value in values)
                {
                    await WriteLineAsync(output, JsonSerializer.Serialize(value, compact()));
                }

                break;
            default:
                var array = new JsonArrayWriter(output);
                foreach (var value in values)
                {
                    await array.WriteAsync(JsonSerializer.Serialize(value, indented()));
                }

                await array.EndAsync();
                break;
        }
    }

    /// <summary>Writes a line and flushes it, so a reader of a pipe gets it now; a reader that went away ends the command quietly.</summary>
    public static async Task WriteLineAsync(TextWriter output, string text)
    {
        try
        {
            await output.WriteLineAsync(text);
            await output.FlushAsync();
        }
        catch (IOException exception)
        {
            throw new OutputClosedException("Standard output was closed.", exception);
        }
    }
}

/// <summary>A JSON array written item by item as the items arrive, each indented inside it.</summary>
internal sealed class JsonArrayWriter(TextWriter output)
{
    private int _count;

    public Task WriteAsync(string indentedItem)
    {
        ArgumentNullException.ThrowIfNull(indentedItem);
        var prefix = _count++ == 0 ? "[\n" : ",\n";
        var item = "  " + indentedItem.ReplaceLineEndings("\n").Replace("\n", "\n  ", StringComparison.Ordinal);
        return WriteRawAsync(prefix + item);
    }

    public Task EndAsync() => Printer.WriteLineAsync(output, _count == 0 ? "[]" : "\n]");

    private async Task WriteRawAsync(string text)
    {
        try
        {
            await output.WriteAsync(text);
            await output.FlushAsync();
        }
        catch (IOException exception)
        {
            throw new OutputClosedException("Standard output was closed.", exception);
        }
    }
}
