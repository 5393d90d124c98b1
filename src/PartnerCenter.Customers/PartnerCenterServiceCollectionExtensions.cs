using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Refit;

namespace PartnerCenter.Customers;

/// <summary>Registers the Partner Center customers client with dependency injection.</summary>
public static class PartnerCenterServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPartnerCenterCustomersApi"/>, implemented by Refit's generated code and
    /// serialized with the generated <see cref="PartnerCenterCustomersJsonContext"/> (trim- and AOT-safe).
    /// </summary>
    /// <returns>The HTTP client builder, to add handlers such as authentication and resilience.</returns>
    public static IHttpClientBuilder AddPartnerCenterCustomers(this IServiceCollection services, Action<PartnerCenterClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<PartnerCenterClientOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return services
            .AddRefitGeneratedClient<IPartnerCenterCustomersApi>(PartnerCenterCustomersJsonContext.Default, _ => CreateRefitSettings())
            .ConfigureHttpClient((provider, client) => client.BaseAddress = provider.GetRequiredService<IOptions<PartnerCenterClientOptions>>().Value.Endpoint);
    }

    /// <summary>Refit settings for this client: JSON through the generated context only, no reflection fallback.</summary>
    public static RefitSettings CreateRefitSettings() => RefitSettings.ForJsonContext(PartnerCenterCustomersJsonContext.Default);
}
