using System.Net;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

public sealed class CorrelationHeaderTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly HttpClient _client = fixture.Client;

    public static TheoryData<string> Paths => new()
    {
        PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId),
        PartnerCenterRequest.CustomerPath("not-a-guid"),
        PartnerCenterRequest.CustomerPath("00000000-1111-2222-3333-444444444444"),
        "v1/unknown",
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Sent_ids_are_echoed_on_success_and_error_responses(string path)
    {
        using var response = await PartnerCenterRequest.SendAsync(
            _client, path, DocumentedSample.RequestId, DocumentedSample.CorrelationId);

        Assert.Equal(DocumentedSample.RequestId, Single(response, "MS-RequestId"));
        Assert.Equal(DocumentedSample.CorrelationId, Single(response, "MS-CorrelationId"));
    }

    [Fact]
    public async Task Sent_ids_are_echoed_on_401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId));
        request.Headers.Add("MS-RequestId", DocumentedSample.RequestId);
        request.Headers.Add("MS-CorrelationId", DocumentedSample.CorrelationId);
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(DocumentedSample.RequestId, Single(response, "MS-RequestId"));
        Assert.Equal(DocumentedSample.CorrelationId, Single(response, "MS-CorrelationId"));
    }

    [Fact]
    public async Task Missing_ids_are_made_up_as_new_guids_for_every_response()
    {
        using var first = await PartnerCenterRequest.SendAsync(_client, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId));
        using var second = await PartnerCenterRequest.SendAsync(_client, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId));

        var ids = new[]
        {
            Single(first, "MS-RequestId"), Single(first, "MS-CorrelationId"),
            Single(second, "MS-RequestId"), Single(second, "MS-CorrelationId"),
        };
        Assert.All(ids, id => Assert.True(Guid.TryParse(id, out _), id));
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public async Task Ids_that_are_not_guids_are_replaced_by_new_guids()
    {
        using var response = await PartnerCenterRequest.SendAsync(
            _client, PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId), "not-a-guid", "also not a guid");

        Assert.True(Guid.TryParse(Single(response, "MS-RequestId"), out _));
        Assert.True(Guid.TryParse(Single(response, "MS-CorrelationId"), out _));
    }

    private static string Single(HttpResponseMessage response, string header) =>
        Assert.Single(response.Headers.GetValues(header));
}
