using Codegen.Generator.Tests.Infrastructure;
using Codegen.Generator.Tests.Operations;
using Snapshooter;
using Snapshooter.Xunit;

namespace Codegen.Generator.Tests.OpenApi32;

/// <summary>
/// With one interface per tag, OpenAPI 3.2 tag <c>parent</c> nests interfaces (the parent's extends its children's,
/// so a parent client has its whole subtree) and <c>kind</c> decides which tags group: absent or <c>nav</c> do,
/// <c>badge</c> and other kinds are metadata.
/// </summary>
public sealed class NestedTagTests
{
    private const string Spec = """
        openapi: 3.2.0
        info: { title: Travel, version: "1" }
        tags:
          - { name: flights, summary: Flights, description: Core flight operations, kind: nav }
          - { name: international, summary: International, parent: flights, kind: nav }
          - { name: domestic, parent: flights }
          - { name: delays, kind: badge }
          - { name: places, kind: nav }
          - { name: airports, parent: places }
        paths:
          /flights:
            get:
              operationId: listFlights
              tags: [flights]
              responses: { "204": { description: ok } }
          /flights/international:
            get:
              operationId: listInternationalFlights
              tags: [delays, international]
              responses: { "204": { description: ok } }
          /flights/domestic:
            get:
              operationId: listDomesticFlights
              tags: [domestic, delays]
              responses: { "204": { description: ok } }
          /delays:
            get:
              operationId: listDelays
              tags: [delays]
              responses: { "204": { description: ok } }
          /airports:
            get:
              operationId: listAirports
              tags: [airports]
              responses: { "204": { description: ok } }
        """;

    private static readonly Lazy<GeneratorOutput> Output = new(() => GeneratorRunner.RunOnText(Spec, @namespace: "Ops.Client", interfacePerTag: true));

    private static readonly Lazy<GeneratedApi> Api = new(() => GeneratedApi.Load(Output.Value.Files));

    [Fact]
    public void Each_grouping_tag_has_an_interface_and_a_parent_s_extends_its_children_s()
    {
        Assert.Empty(Output.Value.Diagnostics);
        Assert.Equal(
            ["IAirportsApi", "IDomesticApi", "IFlightsApi", "IInternationalApi", "IPlacesApi", "ITravelApi"],
            Output.Value.Files.Where(f => f.HintName.EndsWith("Api.g.cs", StringComparison.Ordinal)).Select(f => f.HintName.Replace("Ops.Client.", string.Empty, StringComparison.Ordinal).Replace(".g.cs", string.Empty, StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Contains("public partial interface IFlightsApi : global::Ops.Client.IDomesticApi, global::Ops.Client.IInternationalApi\n", Api.Value.Text("IFlightsApi.g.cs"), StringComparison.Ordinal);
        Assert.Contains("public partial interface IPlacesApi : global::Ops.Client.IAirportsApi\n", Api.Value.Text("IPlacesApi.g.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IFlightsApi", "ListFlightsAsync", "/flights")]
    [InlineData("IFlightsApi", "ListInternationalFlightsAsync", "/flights/international")]
    [InlineData("IFlightsApi", "ListDomesticFlightsAsync", "/flights/domestic")]
    [InlineData("IDomesticApi", "ListDomesticFlightsAsync", "/flights/domestic")]
    [InlineData("IPlacesApi", "ListAirportsAsync", "/airports")]
    public async Task A_parent_client_sends_its_own_and_its_children_s_operations(string interfaceName, string method, string path)
    {
        var (request, _) = await Api.Value.CallAsync(interfaceName, method);

        Assert.Equal(("GET", path), (request.Method, request.Uri.AbsolutePath));
    }

    [Fact]
    public void An_operation_whose_only_tags_are_badges_stays_in_the_untagged_interface()
        => Assert.Contains("ListDelaysAsync(", Api.Value.Text("ITravelApi.g.cs"), StringComparison.Ordinal);

    [Fact]
    public async Task Query_operations_of_a_parent_and_its_child_share_the_child_s_Client()
    {
        const string Text = """
            openapi: 3.2.0
            info: { title: Travel, version: "1" }
            tags:
              - { name: flights }
              - { name: domestic, parent: flights }
            paths:
              /flights:
                get: { operationId: listFlights, tags: [flights], responses: { "204": { description: ok } } }
                query: { operationId: searchFlights, tags: [flights], responses: { "204": { description: ok } } }
              /flights/domestic:
                get: { operationId: listDomestic, tags: [domestic], responses: { "204": { description: ok } } }
                query: { operationId: searchDomestic, tags: [domestic], responses: { "204": { description: ok } } }
            """;
        var output = GeneratorRunner.RunOnText(Text, @namespace: "Ops.Client", interfacePerTag: true);
        var api = GeneratedApi.Load(output.Files);
        using var server = new CapturingServer("{}");

        var flights = Refit.RestService.ForGenerated(api.Interface("IFlightsApi"), new HttpClient { BaseAddress = server.BaseAddress }, new Refit.RefitSettings());
        var search = api.Interface("FlightsApiExtensions").GetMethod("SearchFlightsAsync")!;
        await (Task)search.Invoke(null, [flights, CancellationToken.None])!;

        Assert.Equal(("QUERY", "/flights"), (server.OnlyRequest().Method, server.OnlyRequest().RawUrl));
        Assert.Contains("HttpClient Client { get; }", api.Text("IDomesticApi.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("Client { get; }", api.Text("IFlightsApi.g.cs"), StringComparison.Ordinal);
        Assert.Contains("((global::Ops.Client.IDomesticApi)api).Client", api.Text("FlightsApiExtensions.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tag_declared_twice_is_a_warning_and_its_second_parent_cannot_close_a_cycle()
    {
        // The second 'trips' has no parent, 'stays' names 'trips' as its parent and 'trips' (first declaration) names
        // 'stays': a cycle through the first declarations. This once overflowed the stack.
        const string Text = """
            openapi: 3.2.0
            info: { title: Ops, version: "1" }
            tags:
              - name: trips
                parent: stays
              - name: trips
              - name: stays
                parent: trips
            paths:
              /trips:
                get: { operationId: listTrips, tags: [trips], responses: { "204": { description: ok } } }
            """;

        var output = GeneratorRunner.RunOnText(Text, "/specs/spec.yaml", @namespace: "Ops.Client", interfacePerTag: true);

        Assert.Equal(
        [
            "spec.yaml(5,13): warning OAG0055: The tag 'trips' names the parent 'stays', which leads back to it through the parents; the tag is treated as a top-level tag. Declare the parent tag, correct its name, or break the cycle",
            "spec.yaml(6,5): warning OAG0055: The tag 'trips' is declared again; this declaration is ignored and the first one is used. Declare each tag once",
            "spec.yaml(8,13): warning OAG0055: The tag 'stays' names the parent 'trips', which leads back to it through the parents; the tag is treated as a top-level tag. Declare the parent tag, correct its name, or break the cycle",
        ],
        output.Diagnostics);
        Assert.Contains("interface ITripsApi", output.FileText("ITripsApi.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_nested_thousands_deep_generate_an_interface_each_without_recursing_per_level()
    {
        // Each level once and no recursion per level: 20,000 levels overflowed the stack (or took minutes) before.
        const int Depth = 20_000;
        var text = new System.Text.StringBuilder("openapi: 3.2.0\ninfo: { title: Ops, version: \"1\" }\ntags:\n  - name: t0\n");
        for (var i = 1; i < Depth; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - {{ name: t{i}, parent: t{i - 1} }}\n");
        }

        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"paths:\n  /deep:\n    get: {{ operationId: getDeep, tags: [t{Depth - 1}], responses: {{ \"204\": {{ description: ok }} }} }}\n");

        var output = GeneratorRunner.RunOnText(text.ToString(), "/specs/spec.yaml", @namespace: "Ops.Client", interfacePerTag: true);

        Assert.Empty(output.Diagnostics);
        Assert.Equal(Depth, output.Files.Count(f => f.HintName.EndsWith("Api.g.cs", StringComparison.Ordinal)));
        var top = output.FileText("IT0Api.g.cs");
        Assert.Contains("public partial interface IT0Api : global::Ops.Client.IT1Api", top, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IFlightsApi")]
    [InlineData("IInternationalApi")]
    [InlineData("IPlacesApi")]
    public void Generated_interface(string name)
        => Snapshot.Match(SnapshotText.Of(Api.Value.Text(name + ".g.cs")), SnapshotNameExtension.Create(name));
}
