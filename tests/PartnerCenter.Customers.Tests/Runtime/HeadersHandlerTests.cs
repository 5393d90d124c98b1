using PartnerCenter.Customers.Http;

namespace PartnerCenter.Customers.Tests.Runtime;

/// <summary>The Partner Center headers are added once and never overwrite what the caller set.</summary>
public sealed class HeadersHandlerTests
{
    [Fact]
    public async Task Missing_headers_are_added_and_the_callers_are_kept()
    {
        var seen = new List<HttpRequestMessage>();
        using var invoker = new HttpMessageInvoker(new PartnerCenterHeadersHandler(new PartnerCenterClientOptions { Locale = "fr-FR", ApplicationName = "app" })
        {
            InnerHandler = new RecordingHandler(seen),
        });
        using var plain = new HttpRequestMessage(HttpMethod.Get, "https://example.test/v1/customers/x");
        using var explicitIds = new HttpRequestMessage(HttpMethod.Get, "https://example.test/v1/customers/x");
        explicitIds.Headers.TryAddWithoutValidation("MS-RequestId", "mine");
        explicitIds.Headers.TryAddWithoutValidation("MS-CorrelationId", "ours");
        explicitIds.Headers.TryAddWithoutValidation("Accept", "application/xml");

        await invoker.SendAsync(plain, CancellationToken.None);
        await invoker.SendAsync(explicitIds, CancellationToken.None);

        Assert.True(Guid.TryParse(Single(plain, "MS-RequestId"), out _));
        Assert.True(Guid.TryParse(Single(plain, "MS-CorrelationId"), out _));
        Assert.Equal("application/json", Single(plain, "Accept"));
        Assert.Equal("v1", Single(plain, "MS-Contract-Version"));
        Assert.Equal("fr-FR", Single(plain, "X-Locale"));
        Assert.Equal("app", Single(plain, "MS-PartnerCenter-Application"));
        Assert.Equal("mine", Single(explicitIds, "MS-RequestId"));
        Assert.Equal("ours", Single(explicitIds, "MS-CorrelationId"));
        Assert.Equal("application/xml", Single(explicitIds, "Accept"));
    }

    private static string Single(HttpRequestMessage request, string header) => Assert.Single(request.Headers.GetValues(header));

    private sealed class RecordingHandler(List<HttpRequestMessage> seen) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add(request);
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
        }
    }
}
