// A consumer of the PartnerCenter.Customers package: calls the client through an in-memory handler
// that answers with the documented sample, and writes the customer back with the package's context.
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartnerCenter.Customers;
using Refit;

var sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "customer.json"));
using var http = new HttpClient(new SampleHandler(sample)) { BaseAddress = new Uri("https://partner-center.invalid/") };
var client = RestService.ForGenerated<IPartnerCenterCustomersApi>(http, PartnerCenterServiceCollectionExtensions.CreateRefitSettings());

var customer = await client.GetCustomerByIdAsync(Guid.Parse("aaaabbbb-0000-cccc-1111-dddd2222eeee"));
Console.WriteLine($"id={customer.Id}");
Console.WriteLine($"relationship={customer.RelationshipToPartner}");
Console.WriteLine($"tags={string.Join(",", customer.Tags ?? [])}");
Console.WriteLine($"etag={customer.BillingProfile?.Attributes?.Etag}");
// Written back with the package's context, the customer is the documented JSON again, value for value.
var written = JsonSerializer.Serialize(customer, PartnerCenterCustomersJsonContext.Default.Customer);
Console.WriteLine($"roundtrip={JsonNode.DeepEquals(JsonNode.Parse(sample), JsonNode.Parse(written))}");

internal sealed class SampleHandler(string body) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            RequestMessage = request,
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        });
}
