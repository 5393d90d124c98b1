namespace Codegen.Generator.Tests.Operations;
public sealed class ScratchProbe(Xunit.Abstractions.ITestOutputHelper o)
{
    [Fact]
    public async Task Probe()
    {
        var api = GeneratedApi.FromSpec("scratch.yaml");
        o.WriteLine(api.Text("IScratchApi.g.cs"));
        var filter = Activator.CreateInstance(api.Interface("Filter"))!;
        filter.GetType().GetProperty("MinSize")!.SetValue(filter, 3L);
        filter.GetType().GetProperty("Name")!.SetValue(filter, "x");
        var status = api.Interface("ProbeStatus").GetProperty("Active")!.GetValue(null);
        var (r, _) = await api.CallAsync("IScratchApi", "ProbeAsync", new Dictionary<string, object?> { ["ids"] = new long[] { 1, 2 }, ["xTags"] = new[] { "a", "b" }, ["filter"] = filter, ["flag"] = true, ["when"] = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), ["status"] = status });
        o.WriteLine(r.Uri.ToString());
        foreach (var h in r.Headers) o.WriteLine(h.Key + ": " + h.Value);
    }
}
