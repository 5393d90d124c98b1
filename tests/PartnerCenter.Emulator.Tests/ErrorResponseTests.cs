using System.Net;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

public sealed class ErrorResponseTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("12345")]
    [InlineData("aaaabbbb-0000-cccc-1111-dddd2222eeeg")]
    public async Task A_tenant_id_that_is_not_a_guid_is_400_invalid_customer_id(string customerId)
    {
        using var response = await PartnerCenterRequest.SendAsync(_client, PartnerCenterRequest.CustomerPath(customerId));

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.BadRequest, "900118");
    }

    [Theory]
    [InlineData("")]
    [InlineData("/profiles/company")]
    [InlineData("/profiles/billing")]
    public async Task An_unknown_tenant_is_404_tenant_not_found(string subresource)
    {
        using var response = await PartnerCenterRequest.SendAsync(
            _client, PartnerCenterRequest.CustomerPath("00000000-1111-2222-3333-444444444444") + subresource);

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.NotFound, "60003");
    }

    [Theory]
    [InlineData("v1/customers/aaaabbbb-0000-cccc-1111-dddd2222eeee/profiles/unknown")]
    [InlineData("v1/unknown")]
    public async Task An_unknown_resource_is_404_not_found_with_the_error_body(string path)
    {
        using var response = await PartnerCenterRequest.SendAsync(_client, path);

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.NotFound, "1000");
    }

    [Fact]
    public async Task A_method_the_resource_does_not_support_is_405_with_the_error_body()
    {
        using var request = PartnerCenterRequest.Get(PartnerCenterRequest.CustomerPath(EmulatorSeed.DocumentedCustomerId));
        // PUT is not an operation on a customer (DELETE, PATCH and GET are).
        request.Method = HttpMethod.Put;
        using var response = await _client.SendAsync(request);

        await ResponseAssert.PartnerCenterErrorAsync(response, HttpStatusCode.MethodNotAllowed, "405");
    }
}
