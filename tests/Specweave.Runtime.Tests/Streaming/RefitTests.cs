using System.Globalization;
using Microsoft.AspNetCore.Http;
using Refit;
using Specweave.Runtime.Streaming;
using Specweave.Runtime.Tests.Infrastructure;

namespace Specweave.Runtime.Tests.Streaming;

/// <summary>
/// The shapes generated streaming methods rest on: a Refit method that returns the <see cref="HttpResponseMessage"/>,
/// bare or in an <see cref="ApiResponse{T}"/> (Refit sends it with ResponseHeadersRead and leaves it undisposed), read
/// by a streaming reader. The lock-step server proves Refit does not buffer the body first.
/// </summary>
public sealed class RefitTests
{
    public interface IChangesApi
    {
        [Get("/changes")]
        Task<HttpResponseMessage> ExportChangesAsync(CancellationToken cancellationToken);

        // What a generated streamed method calls: Refit has run the client's ExceptionFactory and keeps its settings.
        [Get("/changes")]
        Task<ApiResponse<HttpResponseMessage>> ExportChangesResponseAsync(CancellationToken cancellationToken);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_Refit_method_returning_the_response_bare_or_in_an_ApiResponse_hands_over_a_body_that_is_still_arriving(bool inApiResponse)
    {
        using var failsafe = Failsafe.Start();
        using var lockStep = new LockStep(failsafe.Token);
        const int count = 100;
        await using var server = await StreamingServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/jsonl";
            for (var i = 0; i < count; i++)
            {
                await lockStep.SendAsync(context.Response, "{\"id\":" + i.ToString(CultureInfo.InvariantCulture) + ",\"text\":\"t\"}\n");
            }
        });
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var api = RestService.For<IChangesApi>(client);

        // Only the first item has been sent when Refit hands the response over: had it buffered the body, it would
        // still be waiting (the server sends the second once the first is yielded), and the failsafe would fail this.
        using var answer = inApiResponse ? await api.ExportChangesResponseAsync(failsafe.Token) : null;
        Assert.Null(answer?.Error);
        var response = answer is null ? await api.ExportChangesAsync(failsafe.Token) : Assert.IsType<HttpResponseMessage>(answer.Content);
        response.EnsureSuccessStatusCode();
        var expected = 0;
        await foreach (var tick in JsonLines.ReadAsync(response, TickJson.Default.Tick, failsafe.Token))
        {
            Assert.Equal(expected, tick.Id);
            lockStep.Yielded(expected++);
        }

        Assert.Equal(count, expected);
    }
}
