using System.Text;
using PartnerCenter.Customers;

namespace PartnerCenter.Cli;

/// <summary>A two-column table of fields and values, and how values are shown in tables.</summary>
internal static class FieldTable
{
    // Shown where the service left a value out, which it does for several fields without delegated access.
    public const string NotReturned = "(not returned)";

    public static string Write(IReadOnlyList<(string Field, string Value)> rows) =>
        Columns.Write(["Field", "Value"], [.. rows.Select(row => new[] { row.Field, row.Value })]);

    public static string Show(string? value) => string.IsNullOrEmpty(value) ? NotReturned : OneLineText(value);

    public static string Show(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => NotReturned,
    };

    public static string Show(IReadOnlyList<string>? values) =>
        values is null ? NotReturned : values.Count == 0 ? "(none)" : OneLineText(string.Join(", ", values));

    public static string Show(DateTimeOffset? value) =>
        value is { } date ? date.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture) : NotReturned;

    public static string? OneLine(Address? address) =>
        address is null
            ? null
            : Join(", ", address.AddressLine1, address.AddressLine2, address.AddressLine3, address.City, Join(" ", address.State ?? address.Region, address.PostalCode), address.Country);

    public static string? Join(string separator, params string?[] parts)
    {
        var present = parts.Where(part => !string.IsNullOrWhiteSpace(part)).ToArray();
        return present.Length == 0 ? null : string.Join(separator, present);
    }

    // A value with a line break would break the table's layout (and could forge rows); so would other control characters.
    public static string OneLineText(string value) =>
        string.Create(value.Length, value, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = char.IsControl(text[i]) ? ' ' : text[i];
            }
        });
}

/// <summary>A table with a header row and a dashed rule, columns as wide as their widest cell.</summary>
internal static class Columns
{
    public static string Write(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows)
    {
        var widths = headers.Select((header, column) => Math.Max(header.Length, rows.Count == 0 ? 0 : rows.Max(row => row[column].Length))).ToArray();
        var text = new StringBuilder();
        AppendRow(text, widths, headers);
        AppendRow(text, widths, [.. widths.Select(width => new string('-', width))]);
        foreach (var row in rows)
        {
            AppendRow(text, widths, row);
        }

        return text.ToString().TrimEnd('\n');
    }

    public static string Row(IReadOnlyList<int> widths, IReadOnlyList<string> cells)
    {
        var text = new StringBuilder();
        AppendRow(text, widths, cells);
        return text.ToString().TrimEnd('\n');
    }

    private static void AppendRow(StringBuilder text, IReadOnlyList<int> widths, IReadOnlyList<string> cells)
    {
        for (var column = 0; column < cells.Count; column++)
        {
            var last = column == cells.Count - 1;
            text.Append(last ? cells[column] : cells[column].PadRight(widths[column])).Append(last ? string.Empty : "  ");
        }

        // No trailing spaces: the last column is not padded.
        text.Append('\n');
    }
}
