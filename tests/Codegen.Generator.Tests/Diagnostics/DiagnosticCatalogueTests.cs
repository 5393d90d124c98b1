using System.Text.RegularExpressions;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Codegen.Generator.Tests.Diagnostics;

/// <summary>docs/diagnostics.md has one entry per descriptor (and no other), with its title and severity, and its examples still give the messages shown.</summary>
public sealed partial class DiagnosticCatalogueTests
{
    private static readonly Lazy<IReadOnlyList<CatalogueEntry>> Entries = new(() => CatalogueEntry.Read(Path.Combine(AppContext.BaseDirectory, "docs", "diagnostics.md")));

    [Fact]
    public void Every_descriptor_has_an_entry_and_every_entry_a_descriptor()
        => Assert.Equal(
            DiagnosticDescriptors.All.Select(d => d.Id).Order(StringComparer.Ordinal),
            Entries.Value.Select(e => e.Id).Order(StringComparer.Ordinal));

    public static TheoryData<string> Ids => new(DiagnosticDescriptors.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_entry_gives_the_descriptor_s_title_severity_and_category_and_its_help_link_finds_it(string id)
    {
        var descriptor = DiagnosticDescriptors.ById(id);
        var entry = Entries.Value.SingleOrDefault(e => e.Id == id) ?? throw new Xunit.Sdk.XunitException($"docs/diagnostics.md has no entry for {id}");

        Assert.Equal(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.Title);
        Assert.Equal($"{(descriptor.DefaultSeverity == DiagnosticSeverity.Error ? "Error" : "Warning")} · {descriptor.Category}", entry.SeverityLine);
        Assert.Equal("docs/diagnostics.md#" + entry.Anchor, descriptor.HelpLinkUri);
        Assert.Contains("**Meaning.**", entry.Body, StringComparison.Ordinal);
        Assert.Contains("**Fix.**", entry.Body, StringComparison.Ordinal);
        Assert.Contains("```text\n", entry.Body, StringComparison.Ordinal);
    }

    public static TheoryData<string> IdsWithSpecExamples => new(Entries.Value.Where(e => e.SpecExample is not null).Select(e => e.Id));

    [Theory]
    [MemberData(nameof(IdsWithSpecExamples))]
    public void The_example_gives_the_message_shown(string id)
    {
        var entry = Entries.Value.Single(e => e.Id == id);

        var output = GeneratorRunner.RunOnText(entry.SpecExample!, "/specs/spec.yaml");

        Assert.Contains(entry.ExpectedMessage, output.Diagnostics);
    }

    /// <summary>One "## OAGnnnn: Title" section of the catalogue.</summary>
    private sealed partial record CatalogueEntry(string Id, string Anchor, string Title, string SeverityLine, string Body, string? SpecExample, string ExpectedMessage)
    {
        public static List<CatalogueEntry> Read(string path)
        {
            var text = File.ReadAllText(path).Replace("\r\n", "\n");
            return Section().Matches(text).Select(match =>
            {
                var body = match.Groups["body"].Value;
                var example = Example().Match(body);
                return new CatalogueEntry(
                    match.Groups["id"].Value,
                    match.Groups["anchor"].Value,
                    match.Groups["title"].Value.Trim(),
                    match.Groups["severity"].Value.Trim(),
                    body,
                    example.Success ? example.Groups["yaml"].Value : null,
                    example.Success ? example.Groups["message"].Value.Trim() : string.Empty);
            }).ToList();
        }

        [GeneratedRegex(@"<a id=""(?<anchor>[^""]+)""></a>\n## (?<id>OAG\d{4}): (?<title>[^\n]+)\n\n(?<severity>[^\n]+)\n(?<body>.*?)(?=\n<a id=|\z)", RegexOptions.Singleline)]
        private static partial Regex Section();

        /// <summary>A yaml block directly followed by the text block with the diagnostic it gives.</summary>
        [GeneratedRegex(@"```yaml\n(?<yaml>.*?)```\n\n```text\n(?<message>[^\n]+)\n```", RegexOptions.Singleline)]
        private static partial Regex Example();
    }
}
