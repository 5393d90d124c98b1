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
    public async Task Header_parameters_reach_the_wire_and_the_headers_the_handler_sets_are_not_parameters()
    {
        using var listener = new LocalHttpListener("""{"totalCount":0,"items":[],"links":{},"attributes":{"objectType":"Collection"}}""");
        using var http = new HttpClient { BaseAddress = listener.BaseAddress };
        var client = RestService.ForGenerated<IPartnerCenterCustomersApi>(http, PartnerCenterServiceCollectionExtensions.CreateRefitSettings());

        await client.ListCustomersAsync(seekOperation: SeekOperation.Next, msContinuationToken: "a,b/c=");

        var headers = Assert.Single(listener.Requests).Headers;
        Assert.Equal("a,b/c=", headers["MS-ContinuationToken"]);
        // OmitHeaders in the project file: no method takes them, so without the runtime's handler none is sent.
        Assert.All(["MS-RequestId", "MS-CorrelationId", "MS-Contract-Version", "X-Locale", "MS-PartnerCenter-Application"], name => Assert.Null(headers[name]));
        Assert.DoesNotContain(
            typeof(IPartnerCenterCustomersApi).GetMethods().SelectMany(m => m.GetParameters()),
            p => p.Name is "msRequestId" or "msCorrelationId" or "msContractVersion" or "xLocale" or "msPartnerCenterApplication");
    }

    [Fact]
    public async Task The_handler_sets_the_headers_left_out_of_the_method_signatures()
    {
        using var listener = new LocalHttpListener(Samples.Corrected);
        var services = new ServiceCollection();
        services.AddPartnerCenterCustomers(options =>
        {
            options.Endpoint = listener.BaseAddress;
            options.Locale = "en-US";
            options.ApplicationName = "tests";
        });
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IPartnerCenterCustomersApi>().GetCustomerByIdAsync(Guid.Parse(Samples.DocumentedCustomerId));

        var headers = Assert.Single(listener.Requests).Headers;
        Assert.True(Guid.TryParse(headers["MS-RequestId"], out _), headers["MS-RequestId"]);
        Assert.True(Guid.TryParse(headers["MS-CorrelationId"], out _), headers["MS-CorrelationId"]);
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
