using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PartnerCenter.Customers;
using Refit;

namespace PartnerCenter.Benchmarks;

/// <summary>The clients under test, each built the way a user would build it.</summary>
internal static class Clients
{
    public const string Token = "benchmark-token";

    /// <summary>
    /// The hand-written floor every ratio is taken against: the URL built per call from the id (as any client must),
    /// headers-read, and our generated context deserialising straight from the stream. No Refit, no handlers.
    /// </summary>
    public static async Task<Customer> Floor(HttpClient http, Guid customerId)
    {
        using var response = await http.GetAsync($"v1/customers/{customerId}", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        return (await System.Text.Json.JsonSerializer.DeserializeAsync(body, PartnerCenterCustomersJsonContext.Default.Customer))!;
    }

    /// <summary>Our generated client with nothing around it: Refit's generated code over a plain HttpClient.</summary>
    public static IPartnerCenterCustomersApi Bare(HttpClient http) =>
        RestService.ForGenerated<IPartnerCenterCustomersApi>(http, PartnerCenterServiceCollectionExtensions.CreateRefitSettings());

    /// <summary>Our client with its whole runtime, as <see cref="PartnerCenterCustomersClient.Create"/> builds it, with a static token.</summary>
    public static PartnerCenterCustomersClient Full(Uri endpoint, ILoggerFactory? loggerFactory = null) =>
        PartnerCenterCustomersClient.Create(options => Configure(options, endpoint), loggerFactory);

    /// <summary>
    /// The full runtime (<see cref="PartnerCenterServiceCollectionExtensions.AddPartnerCenterCustomers"/>) with one
    /// handler (or a few) taken out of the HTTP pipeline after the runtime has added them all, to measure what they cost.
    /// </summary>
    /// <param name="handlerTypeNames">Handler class names, e.g. <c>CallLoggingHandler</c>; each must match exactly one handler.</param>
    public static (IPartnerCenterCustomersApi Api, ServiceProvider Services) FullWithout(Uri endpoint, params string[] handlerTypeNames) =>
        FullOver(endpoint, primary: null, handlerTypeNames);

    /// <summary>
    /// The full runtime over <paramref name="primary"/> instead of the sockets handler (null keeps the sockets), with
    /// the named handlers taken out (see <see cref="FullWithout"/>).
    /// </summary>
    public static (IPartnerCenterCustomersApi Api, ServiceProvider Services) FullOver(Uri endpoint, HttpMessageHandler? primary, params string[] handlerTypeNames) =>
        FullOver(endpoint, primary, loggerFactory: null, handlerTypeNames);

    /// <summary>As <see cref="FullOver(Uri, HttpMessageHandler?, string[])"/>, logging to <paramref name="loggerFactory"/> (none when null).</summary>
    public static (IPartnerCenterCustomersApi Api, ServiceProvider Services) FullOver(Uri endpoint, HttpMessageHandler? primary, ILoggerFactory? loggerFactory, params string[] handlerTypeNames)
    {
        var services = new ServiceCollection();
        services.AddSingleton(loggerFactory ?? NullLoggerFactory.Instance);
        services.AddPartnerCenterCustomers(options => Configure(options, endpoint));
        // Registered after the runtime's own configuration, so it runs after every handler has been added.
        services.ConfigureAll<HttpClientFactoryOptions>(factory => factory.HttpMessageHandlerBuilderActions.Add(builder =>
        {
            if (primary is not null)
            {
                builder.PrimaryHandler = primary;
            }

            foreach (var name in handlerTypeNames)
            {
                var matches = builder.AdditionalHandlers.Where(handler => handler.GetType().Name == name).ToList();
                if (matches.Count != 1)
                {
                    throw new InvalidOperationException($"{matches.Count} handlers named {name} in the pipeline: "
                        + string.Join(", ", builder.AdditionalHandlers.Select(handler => handler.GetType().Name)));
                }

                builder.AdditionalHandlers.Remove(matches[0]);
            }
        }));
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<IPartnerCenterCustomersApi>(), provider);
    }

    private static void Configure(PartnerCenterClientOptions options, Uri endpoint)
    {
        options.Endpoint = endpoint;
        options.AccessToken = Token;
    }
}

/// <summary>A logger that is enabled at every level and writes nowhere: what logging costs the client, not a sink.</summary>
internal sealed class DiscardingLoggerProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => DiscardingLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class DiscardingLogger : ILogger
    {
        public static readonly DiscardingLogger Instance = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _ = formatter(state, exception);
    }
}
