using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PartnerCenter.Customers;

/// <summary>
/// The customers client without an application container, for tools and scripts: the same runtime as
/// <see cref="PartnerCenterServiceCollectionExtensions.AddPartnerCenterCustomers"/>, in a private container
/// that this object owns. Create one and reuse it; dispose it to release connections and the token cache.
/// </summary>
public sealed class PartnerCenterCustomersClient : IDisposable, IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private PartnerCenterCustomersClient(ServiceProvider services)
    {
        _services = services;
        Customers = services.GetRequiredService<IPartnerCenterCustomersApi>();
    }

    /// <summary>The customer operations.</summary>
    public IPartnerCenterCustomersApi Customers { get; }

    /// <summary>Creates a client.</summary>
    /// <param name="configure">Sets the cloud or endpoint, the credential and, if needed, retries and time limits.</param>
    /// <param name="loggerFactory">Receives the per-call log lines; none are written without one.</param>
    /// <param name="timeProvider">The clock for token expiry and retry delays; the system clock by default.</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are inconsistent; the message says which and how to fix them.</exception>
    public static PartnerCenterCustomersClient Create(
        Action<PartnerCenterClientOptions> configure,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var services = new ServiceCollection();
        // Registered before AddPartnerCenterCustomers, whose AddLogging only adds a logger factory when none is there.
        services.AddSingleton(loggerFactory ?? Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        services.AddPartnerCenterCustomers(configure);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        try
        {
            return new PartnerCenterCustomersClient(provider);
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _services.Dispose();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
