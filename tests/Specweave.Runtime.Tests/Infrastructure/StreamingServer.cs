using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Specweave.Runtime.Tests.Infrastructure;

/// <summary>
/// A Kestrel server on 127.0.0.1 (port chosen by the system) that answers every request with the test's handler,
/// so a test can stream a body piece by piece, wait on the client between pieces, or abort the connection.
/// </summary>
public sealed class StreamingServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StreamingServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    public static async Task<StreamingServer> StartAsync(RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new StreamingServer(app, new Uri(address + "/"));
    }

    /// <summary>A server that answers every request with one whole body: the status, its media type and the text.</summary>
    public static Task<StreamingServer> AnsweringAsync(int status, string contentType, string body, CancellationToken cancellationToken)
        => StartAsync(async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, cancellationToken);
        });

    /// <summary>
    /// Sends a GET to the server and returns as soon as the headers are in, as generated streaming methods do, so
    /// the body is read as it arrives.
    /// </summary>
    public async Task<HttpResponseMessage> GetAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var response = await client.GetAsync(BaseAddress, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        return response;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
