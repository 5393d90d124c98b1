// A Kestrel server on 127.0.0.1 streams five server-sent events, one at a time: it writes event k+1 only after
// the client has printed event k. The client is the one Specweave generated from streaming.yaml; the lines it
// prints interleave with the server's, which shows each event is yielded as it arrives, not when the body ends.
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Refit;
using Ticker.Client;

const int Events = 5;
using var printed = new SemaphoreSlim(0);
using var failsafe = new CancellationTokenSource(TimeSpan.FromMinutes(1));

var builder = WebApplication.CreateSlimBuilder();
builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
builder.Logging.ClearProviders();
await using var app = builder.Build();
app.Run(async context =>
{
    context.Response.ContentType = "text/event-stream";
    for (var i = 1; i <= Events; i++)
    {
        var seq = i.ToString(CultureInfo.InvariantCulture);
        Console.WriteLine($"server: sends event {seq}");
        await context.Response.WriteAsync($"event: tick\nid: {seq}\ndata: {{\"seq\":{seq},\"price\":{100 + i}.25}}\n\n", failsafe.Token);
        await context.Response.Body.FlushAsync(failsafe.Token);
        await printed.WaitAsync(failsafe.Token);
    }
});
await app.StartAsync(failsafe.Token);
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

using var client = new HttpClient { BaseAddress = new Uri(address) };
var api = RestService.For<ITickerApi>(client);
await foreach (var item in api.StreamTicksAsync("ACME", cancellationToken: failsafe.Token))
{
    Console.WriteLine($"client: {item.EventType} id={item.EventId} seq={item.Data.Seq} price={item.Data.Price.ToString(CultureInfo.InvariantCulture)}");
    printed.Release();
}

Console.WriteLine("client: the stream ended");
await app.StopAsync(failsafe.Token);
