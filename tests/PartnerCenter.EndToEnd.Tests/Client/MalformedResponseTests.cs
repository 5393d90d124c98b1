using System.Text.Json;
using PartnerCenter.Customers;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Emulator;

namespace PartnerCenter.EndToEnd.Tests.Client;

/// <summary>A success whose body cannot be read is a typed error that says where reading stopped.</summary>
public sealed class MalformedResponseTests
{
    [Fact]
    public async Task Truncated_body_is_an_invalid_response_naming_the_JSON_path()
    {
        await using var emulator = await Emulators.StartAsync(new FaultOptions { MalformedBody = true });
        await using var client = TestClients.Create(emulator);

        var failure = await Assert.ThrowsAsync<PartnerCenterException>(
            () => client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId));

        Assert.Equal(PartnerCenterFailureKind.InvalidResponse, failure.Kind);
        Assert.Equal(200, failure.StatusCode);
        var json = Assert.IsType<JsonException>(failure.InnerException, exactMatch: false);
        Assert.NotNull(failure.JsonPath);
        Assert.Equal(json.Path, failure.JsonPath);
        Assert.Contains($"at JSON path {failure.JsonPath}", failure.Message, StringComparison.Ordinal);
        Assert.StartsWith("{\"id\":\"" + EmulatorSeed.DocumentedCustomerId, failure.ResponseBody, StringComparison.Ordinal);
        var request = Assert.Single(await emulator.CustomerRequestsAsync(1));
        Assert.Equal(request.RequestId, failure.RequestId);
    }
}
