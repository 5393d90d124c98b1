using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace PartnerCenter.Customers.Tests;

/// <summary>
/// Calls through the Refit implementation that Refit's own source generator wrote in the same build
/// as the generated interface: if that implementation were missing, creating the client would fail.
/// </summary>
public sealed class GeneratedClientOverHttpTests
{
    [Fact]
    public async Task Generated_client_gets_the_documented_customer_from_a_local_listener()
    {
        using var listener = new LocalHttpListener(Samples.Corrected);
        using var http = new HttpClient { BaseAddress = listener.BaseAddress };
        var client = RestService.ForGenerated<IPartnerCenterCustomersApi>(http, PartnerCenterServiceCollectionExtensions.CreateRefitSettings());

        var customer = await client.GetCustomerByIdAsync(Guid.Parse(Samples.DocumentedCustomerId));

        Assert.Equal(Json.ReadCustomer(Samples.Corrected), customer);
        var request = Assert.Single(listener.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v1/customers/" + Samples.DocumentedCustomerId, request.Path);
    }

    [Fact]
    public async Task Header_parameters_reach_the_wire()
    {
        using var listener = new LocalHttpListener(Samples.Corrected);
        using var http = new HttpClient { BaseAddress = listener.BaseAddress };
        var client = RestService.ForGenerated<IPartnerCenterCustomersApi>(http, PartnerCenterServiceCollectionExtensions.CreateRefitSettings());
        var requestId = Guid.NewGuid();
        var correlationId = Guid.NewGuid();

        await client.GetCustomerByIdAsync(Guid.Parse(Samples.DocumentedCustomerId), requestId, correlationId, "v1", "en-US", "tests");

        var headers = Assert.Single(listener.Requests).Headers;
        Assert.Equal(requestId.ToString(), headers["MS-RequestId"]);
        Assert.Equal(correlationId.ToString(), headers["MS-CorrelationId"]);
        Assert.Equal("v1", headers["MS-Contract-Version"]);
        Assert.Equal("en-US", headers["X-Locale"]);
        Assert.Equal("tests", headers["MS-PartnerCenter-Application"]);
    }

    [Fact]
    public async Task Client_registered_with_dependency_injection_reads_the_company_profile()
    {
        using var listener = new LocalHttpListener(Samples.CompanyProfile);
        var services = new ServiceCollection();
        services.AddPartnerCenterCustomers(options => options.Endpoint = listener.BaseAddress);
        await using var provider = services.BuildServiceProvider();

        var profile = await provider.GetRequiredService<IPartnerCenterCustomersApi>()
            .GetCustomerCompanyProfileAsync(Guid.Parse(Samples.DocumentedCustomerId));

        Assert.Equal("abcdefgh1234.onmicrosoft.com", profile.Domain);
        Assert.Equal("/v1/customers/" + Samples.DocumentedCustomerId + "/profiles/company", Assert.Single(listener.Requests).Path);
    }
}
