using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit;

namespace PartnerCenter.Customers.PackageTests;

/// <summary>
/// The command-line tool as users get it: a .NET tool package, installed with <c>dotnet tool install</c> from a
/// local feed, run as <c>partner-center</c> against its built-in emulator.
/// </summary>
public sealed class ToolPackageTests(PackedTool tool) : IClassFixture<PackedTool>
{
    [Fact]
    public void Package_is_a_dotnet_tool_declaring_the_partner_center_command()
    {
        Assert.Contains("DotnetTool", tool.PackageTypes());
        Assert.Equal(PackedTool.CommandName, tool.DeclaredCommandName());
        var entries = tool.Entries();
        Assert.Contains("tools/net10.0/any/partner-center.dll", entries);
        Assert.Contains("tools/net10.0/any/PartnerCenter.Customers.dll", entries);
        Assert.Contains("tools/net10.0/any/PartnerCenter.Emulator.dll", entries);
        Assert.Contains("README.md", entries);
        // Platform-neutral: no native launcher of the machine that packed it.
        Assert.DoesNotContain("tools/net10.0/any/PartnerCenter.Emulator", entries);
        Assert.DoesNotContain("tools/net10.0/any/partner-center", entries);
    }

    [Fact]
    public void Package_carries_a_notice_for_every_third_party_library_it_bundles()
    {
        var entries = tool.Entries();
        Assert.Contains("THIRD-PARTY-NOTICES.txt", entries);
        var covered = tool.Text("THIRD-PARTY-NOTICES.txt").Split('\n')
            .Where(line => line.StartsWith("Files: ", StringComparison.Ordinal))
            .SelectMany(line => line["Files: ".Length..].Split(',', StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
        string[] ours = ["partner-center.dll", "PartnerCenter.Customers.dll", "PartnerCenter.Emulator.dll", "Specweave.Runtime.dll"];

        // A dependency added to the client or the tool fails here until its license notice is added.
        var bundled = entries
            .Where(e => e.StartsWith("tools/", StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal))
            .Select(e => Path.GetFileName(e))
            .Except(ours)
            .ToList();
        Assert.Contains("Polly.Core.dll", bundled);
        Assert.All(bundled, name => Assert.Contains(name, covered));
    }

    [Fact]
    public void Installed_tool_lists_the_built_in_emulators_250_customers_page_by_page()
    {
        var (output, error) = tool.Run("customers list -o ndjson --page-size 60 --verbose");

        var customers = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToList();
        Assert.Equal(250, customers.Count);
        Assert.Equal(250, customers.Select(customer => (string?)customer["id"]).Distinct().Count());
        // 250 customers at 60 a page: 5 pages, one logged call each.
        Assert.Equal(5, Regex.Count(error, "GET /v1/customers answered 200"));
        Assert.Contains("built-in Partner Center emulator", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Installed_tool_searches_and_stops_at_top()
    {
        var (searched, _) = tool.Run("customers list --filter Cont");
        var (top, topLog) = tool.Run("customers list --top 7 --page-size 5 -o ndjson --verbose");

        var rows = searched.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^Customer tenant id\s+Company name\s+Domain\s+Relationship$", rows[0]);
        Assert.Equal(3, rows.Length - 2);
        Assert.All(rows.Skip(2), row => Assert.Matches(@"^\S+\s+Cont", row));
        Assert.Equal(7, top.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(2, Regex.Count(topLog, "GET /v1/customers answered 200"));
    }
}
