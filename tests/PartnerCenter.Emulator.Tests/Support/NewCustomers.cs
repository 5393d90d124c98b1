using System.Net;
using System.Text.Json.Nodes;

namespace PartnerCenter.Emulator.Tests.Support;

/// <summary>New-customer bodies for tests: the documented request, with another domain where a test needs several.</summary>
internal static class NewCustomers
{
    /// <summary>The documented request (repaired, PascalCase member names as published).</summary>
    public static string Documented => Samples.Text("create-customer.request.json");

    /// <summary>The documented camelCase request with its domain replaced.</summary>
    public static string WithDomain(string domain)
    {
        var body = Samples.Json("create-customer.request.camel-case.json").AsObject();
        body["companyProfile"]!["domain"] = domain;
        return body.ToJsonString();
    }

    /// <summary>The documented camelCase request changed by <paramref name="change"/>.</summary>
    public static string Changed(Action<JsonObject> change)
    {
        var body = Samples.Json("create-customer.request.camel-case.json").AsObject();
        change(body);
        return body.ToJsonString();
    }

    /// <summary>Creates a customer and returns its new tenant id; fails unless the answer is 201.</summary>
    public static async Task<string> CreateAsync(HttpClient client, string domain)
    {
        using var response = await PartnerCenterWrite.CreateCustomerAsync(client, WithDomain(domain));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ResponseAssert.JsonBodyAsync(response))["id"]!.GetValue<string>();
    }
}
