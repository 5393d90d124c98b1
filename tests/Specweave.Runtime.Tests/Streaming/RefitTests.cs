using System.Globalization;
using Microsoft.AspNetCore.Http;
using Refit;
using Specweave.Runtime.Streaming;
using Specweave.Runtime.Tests.Infrastructure;

namespace Specweave.Runtime.Tests.Streaming;

/// <summary>
/// The shape generated streaming methods can take: a Refit method that returns the <see cref="HttpResponseMessage"/>
/// (Refit sends it with ResponseHeadersRead and leaves it undisposed), read by a streaming reader. The lock-step
/// server proves Refit does not buffer the body first.
/// </summary>
public sealed class RefitTests
{
    public interface IChangesApi
    {
        [Get("/changes")]
        Task<HttpResponseMessage> ExportChangesAsync(CancellationToken cancellationToken);
    }

    [Fact]
    public async Task A_Refit_method_returning_the_response_hands_over_a_body_that_is_still_arriving()
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

        var response = await api.ExportChangesAsync(failsafe.Token);
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
