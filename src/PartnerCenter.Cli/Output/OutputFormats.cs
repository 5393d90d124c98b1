using System.CommandLine;

namespace PartnerCenter.Cli;

/// <summary>The names <c>--output</c> accepts, and the option itself.</summary>
internal static class OutputFormats
{
    public const string Json = "json";
    public const string Table = "table";
    public const string Ndjson = "ndjson";

    /// <summary><c>-o, --output</c>; <paramref name="what"/> names what is printed ("the customer", "the customers").</summary>
    public static Option<string> Create(string what, string defaultFormat) =>
        CreateOption(
            $"How to print {what}: json (as the API returns it, indented), ndjson (one compact JSON document per line) or table.",
            defaultFormat);

    private static Option<string> CreateOption(string description, string defaultFormat)
    {
        var option = new Option<string>("--output", "-o")
        {
            Description = description,
            DefaultValueFactory = _ => defaultFormat,
            HelpName = "json|ndjson|table",
        };
        option.AcceptOnlyFromAmong(Json, Ndjson, Table);
        return option;
    }
}
