using System.Net;
using System.Text.Json.Nodes;

namespace PartnerCenter.Emulator.Tests.Support;

/// <summary>Reading and updating billing profiles as a client does: read, change, send back with If-Match.</summary>
internal static class BillingProfiles
{
    public static string Path(string customerId) => PartnerCenterRequest.CustomerPath(customerId) + "/profiles/billing";

    public static async Task<JsonObject> ReadAsync(HttpClient client, string customerId)
    {
        using var response = await PartnerCenterRequest.SendAsync(client, Path(customerId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ResponseAssert.JsonBodyAsync(response);
    }

    public static string Etag(JsonObject profile) => profile["attributes"]!["etag"]!.GetValue<string>();

    public static Task<HttpResponseMessage> UpdateAsync(HttpClient client, string customerId, JsonObject profile, string? ifMatch) =>
        PartnerCenterWrite.SendAsync(client, HttpMethod.Put, Path(customerId), profile.ToJsonString(), ifMatch);
}
