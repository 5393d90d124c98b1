using System.Text.Json;

namespace PartnerCenter.Customers.Tests;

/// <summary>The documented "get a customer by ID" response, read through the generated models.</summary>
public sealed class DocumentedSampleTests
{
    [Fact]
    public void Corrected_sample_reads_every_documented_value()
    {
        var customer = Json.ReadCustomer(Samples.Corrected);

        Assert.Equal(Samples.DocumentedCustomerId, customer.Id);
        Assert.Equal("99e6a635-48e7-424d-9059-c9db944e3c54", customer.CommerceId);

        var company = customer.CompanyProfile!;
        Assert.Equal(Samples.DocumentedCustomerId, company.TenantId);
        Assert.Equal("abcdefgh1234.onmicrosoft.com", company.Domain);
        Assert.Equal("1kl as kjk", company.CompanyName);
        Assert.Equal("a@a.com", company.Email);
        var companyAddress = company.Address!;
        Assert.Equal("US", companyAddress.Country);
        Assert.Equal("wa", companyAddress.Region);
        Assert.Equal("redmond", companyAddress.City);
        Assert.Equal("1 ms way", companyAddress.AddressLine1);
        Assert.Equal("98052", companyAddress.PostalCode);
        Assert.Equal("1234567890", companyAddress.PhoneNumber);
        Assert.Equal("/customers/aaaabbbb-0000-cccc-1111-dddd2222eeee/profiles/company", company.Links!.Self!.Uri);
        Assert.Equal("GET", company.Links.Self.Method);
        Assert.Empty(company.Links.Self.Headers!);
        Assert.Equal("CustomerCompanyProfile", company.Attributes!.ObjectType);

        var billing = customer.BillingProfile!;
        Assert.Equal("eeada110-69d6-4cc9-b093-75feb7ca9d3f", billing.Id);
        Assert.Equal("d0d89d776d03471c819bf772191ed728", billing.FirstName);
        Assert.Equal("kjkAJJAAAAAAAAAAAAAAAAAAAA", billing.LastName);
        Assert.Equal("a@a.com", billing.Email);
        Assert.Equal("en-US", billing.Culture);
        Assert.Equal("en", billing.Language);
        Assert.Equal("1kl as kjkAAAAAAAAAAAAAAAJJJJJJJJJJJAAAAAJJJJJJJJJJJAAJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJAJJJJJAJJAAAAJAJJAAAAAAAAAAAAAAAAAAAA", billing.CompanyName);
        var billingAddress = billing.DefaultAddress!;
        Assert.Equal("US", billingAddress.Country);
        Assert.Equal("redmond", billingAddress.City);
        Assert.Equal("WA", billingAddress.State);
        Assert.Equal("1 ms way", billingAddress.AddressLine1);
        Assert.Equal("98052", billingAddress.PostalCode);
        Assert.Equal("1kl as", billingAddress.FirstName);
        Assert.Equal("kjk", billingAddress.LastName);
        Assert.Equal("1234567890", billingAddress.PhoneNumber);
        Assert.Equal("/customers/aaaabbbb-0000-cccc-1111-dddd2222eeee/profiles/billing", billing.Links!.Self!.Uri);
        Assert.Equal("GET", billing.Links.Self.Method);
        Assert.Empty(billing.Links.Self.Headers!);

        // A 64-bit value written as a string in the sample: it must stay that exact string.
        Assert.Equal("-4242348048554929329", billing.Attributes!.Etag);
        Assert.Equal("CustomerBillingProfile", billing.Attributes.ObjectType);

        Assert.Equal(RelationshipToPartner.Reseller, customer.RelationshipToPartner);
        Assert.True(customer.RelationshipToPartner!.Value.IsKnown);
        Assert.True(customer.AllowDelegatedAccess);
        Assert.Equal(["abcdefgh1234.onmicrosoft.com"], customer.CustomDomains!);
        Assert.Equal(["TestCustomer", "USCustomer"], customer.Tags!);
        Assert.Equal("/customers/aaaabbbb-0000-cccc-1111-dddd2222eeee", customer.Links!.Self!.Uri);
        Assert.Equal("GET", customer.Links.Self.Method);
        Assert.Equal("Customer", customer.Attributes!.ObjectType);
        Assert.Null(customer.AdditionalProperties);
    }

    [Fact]
    public void Corrected_sample_differs_from_the_published_one_by_one_quote()
    {
        var published = Samples.AsPublished;
        var corrected = Samples.Corrected;
        Assert.Equal(published.Length + 1, corrected.Length);
        Assert.Equal(published, corrected.Remove(corrected.IndexOf("\"tags\"", StringComparison.Ordinal), 1));
    }

    [Fact]
    public void As_published_sample_is_rejected_with_the_place_where_the_json_breaks()
    {
        var exception = Assert.ThrowsAny<JsonException>(() => Json.ReadCustomer(Samples.AsPublished));

        // `tags": [` lacks its opening quote: line 64 of the published body (0-based 63 in STJ).
        Assert.Equal(63, exception.LineNumber);
        Assert.NotNull(exception.Path);
        Assert.Contains("LineNumber: 63", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_dap_sample_reads_with_the_gated_fields_absent()
    {
        var customer = Json.ReadCustomer(Samples.NoDelegatedAccess);

        Assert.Null(customer.CompanyProfile!.Address);
        Assert.Null(customer.CompanyProfile.Email);
        Assert.Null(customer.CustomDomains);
        Assert.Equal("abcdefgh1234.onmicrosoft.com", customer.CompanyProfile.Domain);
        Assert.Equal(["TestCustomer", "USCustomer"], customer.Tags!);
    }

    [Fact]
    public void Reading_the_same_sample_twice_gives_equal_records()
    {
        var first = Json.ReadCustomer(Samples.Corrected);
        var second = Json.ReadCustomer(Samples.Corrected);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, second with { Tags = ["TestCustomer"] });
    }

    [Fact]
    public void Collections_cannot_be_cast_back_to_mutable_ones()
    {
        var customer = Json.ReadCustomer(Samples.Corrected);

        Assert.IsNotAssignableFrom<ICollection<string>>(customer.Tags);
        Assert.IsNotAssignableFrom<IList<string>>(customer.CustomDomains);
    }
}
