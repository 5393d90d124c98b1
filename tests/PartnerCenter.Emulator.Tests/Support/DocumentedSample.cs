namespace PartnerCenter.Emulator.Tests.Support;

/// <summary>
/// The response sample of the documented "Get a customer by ID" page, typed in here independently of the
/// emulator's seed file so the two check each other. It differs from the page by one character: the page's
/// <c>tags": [</c> lacks its opening quote.
/// </summary>
internal static class DocumentedSample
{
    public const string CorrelationId = "aaaa0000-bb11-2222-33cc-444444dddddd";
    public const string RequestId = "74ca1db9-df92-41c6-a362-a16433b0542b";

    public const string CustomerJson = """
        {
        "id": "aaaabbbb-0000-cccc-1111-dddd2222eeee",
        "commerceId": "99e6a635-48e7-424d-9059-c9db944e3c54",
        "companyProfile": {
        "tenantId": "aaaabbbb-0000-cccc-1111-dddd2222eeee",
        "domain": "abcdefgh1234.onmicrosoft.com",
        "companyName": "1kl as kjk",
        "address": {
        "country": "US",
        "region": "wa",
        "city": "redmond",
        "addressLine1": "1 ms way",
        "postalCode": "98052",
        "phoneNumber": "1234567890"
        },
        "email": "a@a.com",
        "links": {
        "self": {
        "uri": "/customers/aaaabbbb-0000-cccc-1111-dddd2222eeee/profiles/company",
        "method": "GET",
        "headers": []
        }
        },
        "attributes": {
        "objectType": "CustomerCompanyProfile"
        }
        },
        "billingProfile": {
        "id": "eeada110-69d6-4cc9-b093-75feb7ca9d3f",
        "firstName": "d0d89d776d03471c819bf772191ed728",
        "lastName": "kjkAJJAAAAAAAAAAAAAAAAAAAA",
        "email": "a@a.com",
        "culture": "en-US",
        "language": "en",
        "companyName": "1kl as kjkAAAAAAAAAAAAAAAJJJJJJJJJJJAAAAAJJJJJJJJJJJAAJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJAJJJJJAJJAAAAJAJJAAAAAAAAAAAAAAAAAAAA",
        "defaultAddress": {
        "country": "US",
        "city": "redmond",
        "state": "WA",
        "addressLine1": "1 ms way",
        "postalCode": "98052",
        "firstName": "1kl as",
        "lastName": "kjk",
        "phoneNumber": "1234567890"
        },
        "links": {
        "self": {
        "uri": "/customers/aaaabbbb-0000-cccc-1111-dddd2222eeee/profiles/billing",
        "method": "GET",
        "headers": [
        ]
        }
        },
        "attributes": {
        "etag": "-4242348048554929329",
        "objectType": "CustomerBillingProfile"
        }
        },
        "relationshipToPartner": "reseller",
        "allowDelegatedAccess": true,
        "customDomains": [
        "abcdefgh1234.onmicrosoft.com"
        ],
        "tags": [
        "TestCustomer",
        "USCustomer"
        ],
        "links": {
        "self": {
        "uri": "/customers/aaaabbbb-0000-cccc-1111-dddd2222eeee",
        "method": "GET",
        "headers": []
        }
        },
        "attributes": {
        "objectType": "Customer"
        }
        }
        """;
}
