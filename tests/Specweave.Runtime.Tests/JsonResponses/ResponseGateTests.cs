using System.Net;
using System.Text;
using Refit;

namespace Specweave.Runtime.Tests.JsonResponses;

/// <summary>
/// <see cref="ResponseGate"/> on Refit's answers as Refit builds them: the response of a call that succeeded is handed
/// over as it is, and a failed call throws the factory's exception with the response disposed (for a stream, that
/// releases the connection). The streamed and JSON methods that use it are tested over sockets in
/// <c>GeneratedStreamingClientTests</c> and through Refit in <c>JsonResponseTests</c>.
/// </summary>
public sealed class ResponseGateTests
{
    [Fact]
    public async Task A_call_that_succeeded_hands_over_its_response_undisposed()
    {
        var body = new WatchedContent("{}");
        var response = Response(HttpStatusCode.OK, body);

        var passed = await ResponseGate.SucceededAsync(Task.FromResult(new ApiResponse<HttpResponseMessage>(response, response, new RefitSettings())));

        Assert.Same(response, passed);
        Assert.False(body.Disposed);
        Assert.Equal("{}", await passed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_call_that_failed_throws_Refits_exception_and_disposes_the_response()
    {
        var body = new WatchedContent("{\"error\":1}");
        var response = Response(HttpStatusCode.NotFound, body);
        var settings = new RefitSettings();
        var error = await ApiException.Create(response.RequestMessage!, HttpMethod.Get, response, settings);

        var thrown = await Assert.ThrowsAsync<ApiException>(() => ResponseGate.SucceededAsync(Task.FromResult(new ApiResponse<HttpResponseMessage>(response, null, settings, error))));

        Assert.Same(error, thrown);
        Assert.True(body.Disposed);
    }

    [Fact]
    public async Task A_factory_exception_Refit_dropped_is_asked_again_and_the_response_disposed()
    {
        var body = new WatchedContent("closed");
        var response = Response(HttpStatusCode.ServiceUnavailable, body);
        var asked = new List<HttpStatusCode>();
        var settings = new RefitSettings
        {
            ExceptionFactory = copy =>
            {
                asked.Add(copy.StatusCode);
                return ValueTask.FromResult<Exception?>(new InvalidOperationException("service unavailable"));
            },
        };

        // What Refit builds when the factory's exception is not an ApiException: neither the error nor the content.
        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => ResponseGate.SucceededAsync(Task.FromResult(new ApiResponse<HttpResponseMessage>(response, null, settings))));

        Assert.Equal("service unavailable", thrown.Message);
        Assert.Equal([HttpStatusCode.ServiceUnavailable], asked);
        Assert.True(body.Disposed);
    }

    [Fact]
    public async Task A_failed_send_is_thrown_as_it_is()
    {
        var failure = new HttpRequestException("refused");

        var thrown = await Assert.ThrowsAsync<HttpRequestException>(() => ResponseGate.SucceededAsync(Task.FromException<ApiResponse<HttpResponseMessage>>(failure)));

        Assert.Same(failure, thrown);
    }

    private static HttpResponseMessage Response(HttpStatusCode status, HttpContent content) => new(status)
    {
        Content = content,
        RequestMessage = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/ticks"),
    };

    /// <summary>A body that records its disposal.</summary>
    private sealed class WatchedContent(string text) : StringContent(text, Encoding.UTF8, "application/json")
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
