namespace PartnerCenter.WireCrossCheck.Tests.PeerBuild;

/// <summary>
/// NSwag runs at build time only when its inputs changed: generate, skip while the spec and nswag.json are unchanged,
/// regenerate when either is edited. Nothing is written into the source tree.
/// </summary>
public sealed class NSwagIncrementalBuildTests : IDisposable
{
    private const string Generating = "nswag: generating";
    private const string Skipped = "Skipping target \"NSwagPeerGenerate\" because all output files are up-to-date";
    private readonly PeerProjectCopy _copy = new();

    [Fact]
    public void NSwag_generates_then_skips_while_unchanged_then_regenerates_when_the_spec_or_nswag_json_changes()
    {
        var first = _copy.Generate();
        Assert.Contains(Generating, first, StringComparison.Ordinal);
        Assert.Contains("public partial class Customer", File.ReadAllText(_copy.GeneratedFile), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_copy.ProjectFolder, "*.cs", SearchOption.TopDirectoryOnly));

        var second = _copy.Generate();
        Assert.DoesNotContain(Generating, second, StringComparison.Ordinal);
        Assert.Contains(Skipped, second, StringComparison.Ordinal);

        // An edited spec: a new property on Customer, first among its properties.
        var spec = File.ReadAllText(_copy.SpecPath);
        const string Anchor = "(see `customDomains` and `CustomerCompanyProfile`).\n      required:\n        - id\n      properties:\n";
        Assert.Contains(Anchor, spec, StringComparison.Ordinal);
        File.WriteAllText(_copy.SpecPath, spec.Replace(Anchor, Anchor + "        loyaltyTier:\n          type: string\n", StringComparison.Ordinal));
        var third = _copy.Generate();
        Assert.Contains(Generating, third, StringComparison.Ordinal);
        Assert.Contains("public string? LoyaltyTier", File.ReadAllText(_copy.GeneratedFile), StringComparison.Ordinal);

        // An edited nswag.json: another namespace.
        var config = File.ReadAllText(_copy.ConfigPath);
        Assert.Contains("\"namespace\": \"PartnerCenter.NSwagPeer\"", config, StringComparison.Ordinal);
        File.WriteAllText(_copy.ConfigPath, config.Replace("\"namespace\": \"PartnerCenter.NSwagPeer\"", "\"namespace\": \"Renamed.Peer\"", StringComparison.Ordinal));
        var fourth = _copy.Generate();
        Assert.Contains(Generating, fourth, StringComparison.Ordinal);
        Assert.Contains("namespace Renamed.Peer", File.ReadAllText(_copy.GeneratedFile), StringComparison.Ordinal);
    }

    public void Dispose() => _copy.Dispose();
}
