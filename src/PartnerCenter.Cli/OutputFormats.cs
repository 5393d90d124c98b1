namespace PartnerCenter.Cli;

/// <summary>The names <c>--output</c> accepts.</summary>
internal static class OutputFormats
{
    public const string Json = "json";
    public const string Table = "table";
}
