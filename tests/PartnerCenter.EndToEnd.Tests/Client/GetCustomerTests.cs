using System.Text.Json;
using PartnerCenter.Customers;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Emulator;

namespace PartnerCenter.EndToEnd.Tests.Client;

/// <summary>Successful calls over loopback: the values read, and the headers the runtime puts on the wire.</summary>
public sealed class GetCustomerTests
{
    [Fact]
    public async Task Documented_customer_is_read_value_for_value()
    {
        await using var emulator = await Emulators.StartAsync();
        await using var client = TestClients.Create(emulator);

        var customer = await client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId);

        Assert.Equal(EmulatorSeed.DocumentedCustomerId, customer.Id);
        Assert.Equal("99e6a635-48e7-424d-9059-c9db944e3c54", customer.CommerceId);
        Assert.Equal(RelationshipToPartner.Reseller, customer.RelationshipToPartner);
        Assert.True(customer.AllowDelegatedAccess);
        Assert.Equal(["abcdefgh1234.onmicrosoft.com"], customer.CustomDomains);
        Assert.Equal(["TestCustomer", "USCustomer"], customer.Tags);
        var company = Assert.IsType<CustomerCompanyProfile>(customer.CompanyProfile);
        Assert.Equal("1kl as kjk", company.CompanyName);
        Assert.Equal("abcdefgh1234.onmicrosoft.com", company.Domain);
        Assert.Equal("a@a.com", company.Email);
        Assert.Equal("redmond", company.Address?.City);
        Assert.Equal("98052", company.Address?.PostalCode);
        var billing = Assert.IsType<CustomerBillingProfile>(customer.BillingProfile);
        Assert.Equal("en-US", billing.Culture);
        Assert.Equal("WA", billing.DefaultAddress?.State);
        Assert.Equal("-4242348048554929329", billing.Attributes?.Etag);
        Assert.Equal("Customer", customer.Attributes?.ObjectType);

        // And nothing is lost or changed against the documented body the emulator serves.
        var documented = JsonSerializer.Deserialize(EmulatorSeed.ReadDocumentedCustomerJson(), PartnerCenterCustomersJsonContext.Default.Customer);
        Assert.Equal(documented, customer);
    }

    [Fact]
    public async Task Customer_without_delegated_access_lacks_address_email_and_custom_domains()
    {
        await using var emulator = await Emulators.StartAsync();
        await using var client = TestClients.Create(emulator);

        var customer = await client.Customers.GetCustomerByIdAsync(Emulators.CustomerWithoutDelegatedAccessId);

        Assert.Equal(EmulatorSeed.CustomerWithoutDelegatedAccessId, customer.Id);
        Assert.False(customer.AllowDelegatedAccess);
        Assert.Null(customer.CustomDomains);
        Assert.NotNull(customer.CompanyProfile);
        Assert.Null(customer.CompanyProfile.Address);
        Assert.Null(customer.CompanyProfile.Email);
        Assert.False(string.IsNullOrEmpty(customer.CompanyProfile.CompanyName));
    }

    [Fact]
    public async Task Every_call_carries_the_Partner_Center_headers_and_the_bearer_token()
    {
        await using var emulator = await Emulators.StartAsync();
        await using var client = TestClients.Create(emulator, options =>
        {
            options.ApplicationName = "end-to-end-tests";
            options.Locale = "de-DE";
        });

        await client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId);

        var request = Assert.Single(await emulator.CustomerRequestsAsync(1));
        Assert.True(request.HasAuthorization);
        Assert.True(Guid.TryParse(request.RequestId, out _), $"MS-RequestId '{request.RequestId}' is not a GUID");
        Assert.True(Guid.TryParse(request.CorrelationId, out _), $"MS-CorrelationId '{request.CorrelationId}' is not a GUID");
        Assert.Equal("application/json", request.Headers["Accept"]);
        Assert.Equal("v1", request.Headers["MS-Contract-Version"]);
        Assert.Equal("end-to-end-tests", request.Headers["MS-PartnerCenter-Application"]);
        Assert.Equal("de-DE", request.Headers["X-Locale"]);
    }

    [Fact]
    public async Task Each_call_gets_new_ids_from_the_runtime()
    {
        await using var emulator = await Emulators.StartAsync();
        await using var client = TestClients.Create(emulator);

        await client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId);
        await client.Customers.GetCustomerByIdAsync(Emulators.DocumentedCustomerId);

        var requests = await emulator.CustomerRequestsAsync(2);
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.True(Guid.TryParse(r.RequestId, out _) && Guid.TryParse(r.CorrelationId, out _), $"{r.RequestId} {r.CorrelationId}"));
        Assert.NotEqual(requests[0].RequestId, requests[1].RequestId);
        Assert.NotEqual(requests[0].CorrelationId, requests[1].CorrelationId);
    }

    [Fact]
    public async Task Profiles_are_read_through_the_same_runtime()
    {
        await using var emulator = await Emulators.StartAsync();
        await using var client = TestClients.Create(emulator);

        var company = await client.Customers.GetCustomerCompanyProfileAsync(Emulators.DocumentedCustomerId);
        var billing = await client.Customers.GetCustomerBillingProfileAsync(Emulators.DocumentedCustomerId);

        Assert.Equal("abcdefgh1234.onmicrosoft.com", company.Domain);
        Assert.Equal("-4242348048554929329", billing.Attributes?.Etag);
        Assert.All(await emulator.CustomerRequestsAsync(2), request => Assert.True(request.HasAuthorization));
    }
}
