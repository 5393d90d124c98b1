using System.Text.Json;
using PartnerCenter.Customers;

namespace PartnerCenter.Cli;

/// <summary>Customers written one by one as a listing brings them: table rows, JSON lines, or a JSON array.</summary>
internal abstract class CustomerRows
{
    public static CustomerRows Create(string format, TextWriter output) => format switch
    {
        OutputFormats.Ndjson => new Lines(output),
        OutputFormats.Json => new Array(output),
        _ => new Table(output),
    };

    public virtual Task BeginAsync() => Task.CompletedTask;

    public abstract Task WriteAsync(Customer customer);

    public virtual Task EndAsync() => Task.CompletedTask;

    private sealed class Lines(TextWriter output) : CustomerRows
    {
        public override Task WriteAsync(Customer customer) =>
            Printer.WriteLineAsync(output, JsonSerializer.Serialize(customer, JsonText.Compact.Customer));
    }

    private sealed class Array(TextWriter output) : CustomerRows
    {
        private readonly JsonArrayWriter _array = new(output);

        public override Task WriteAsync(Customer customer) => _array.WriteAsync(JsonSerializer.Serialize(customer, JsonText.Indented.Customer));

        public override Task EndAsync() => _array.EndAsync();
    }

    /// <summary>
    /// Fixed column widths, since rows are printed before the rest of the listing is known: a GUID, and room for
    /// most names and domains (a longer value widens its row, it is never cut).
    /// </summary>
    private sealed class Table(TextWriter output) : CustomerRows
    {
        private static readonly int[] Widths = [36, 32, 40, 12];

        public override Task BeginAsync() =>
            Printer.WriteLineAsync(output, Columns.Row(Widths, ["Customer tenant id", "Company name", "Domain", "Relationship"])
                + "\n" + Columns.Row(Widths, [.. Widths.Select(width => new string('-', width))]));

        public override Task WriteAsync(Customer customer) =>
            Printer.WriteLineAsync(output, Columns.Row(Widths,
            [
                FieldTable.OneLineText(customer.Id),
                FieldTable.Show(customer.CompanyProfile?.CompanyName),
                FieldTable.Show(customer.CompanyProfile?.Domain),
                FieldTable.Show(customer.RelationshipToPartner?.Value),
            ]));
    }
}
