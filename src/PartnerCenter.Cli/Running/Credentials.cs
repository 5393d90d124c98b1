using Azure.Identity;
using PartnerCenter.Customers;

namespace PartnerCenter.Cli;

/// <summary>The credential the environment provides, applied to the client options.</summary>
internal abstract record Credentials
{
    private Credentials()
    {
    }

    /// <summary>
    /// Reads the credential variables. Only variables that are entirely unset count as absent; one that is set
    /// but empty, incomplete Azure variables or a value that cannot work are <see cref="Invalid"/>, not ignored.
    /// </summary>
    public static Credentials Read(Func<string, string?> environment)
    {
        if (CredentialVariableChecks.SetButEmpty(environment) is { } empty)
        {
            return new Invalid(empty);
        }

        if (Value(environment, EnvironmentVariables.Token) is { } token)
        {
            return CredentialVariableChecks.TokenProblem(token) is { } problem ? new Invalid(problem) : new StaticToken(token);
        }

        var tenantId = Value(environment, EnvironmentVariables.AzureTenantId);
        var clientId = Value(environment, EnvironmentVariables.AzureClientId);
        var clientSecret = Value(environment, EnvironmentVariables.AzureClientSecret);
        if (tenantId is null && clientId is null && clientSecret is null)
        {
            return new None();
        }

        string[] missing =
        [
            .. tenantId is null ? [EnvironmentVariables.AzureTenantId] : Array.Empty<string>(),
            .. clientId is null ? [EnvironmentVariables.AzureClientId] : Array.Empty<string>(),
            .. clientSecret is null ? [EnvironmentVariables.AzureClientSecret] : Array.Empty<string>(),
        ];
        if (missing.Length > 0)
        {
            return new Invalid($"incomplete credentials: {string.Join(", ", missing)} {(missing.Length == 1 ? "is" : "are")} not set: set all of {EnvironmentVariables.AzureTenantId}, {EnvironmentVariables.AzureClientId} and {EnvironmentVariables.AzureClientSecret}, or use {EnvironmentVariables.Token}.");
        }

        return CredentialVariableChecks.TenantIdProblem(tenantId!) is { } tenantProblem
            ? new Invalid(tenantProblem)
            : new ClientSecret(tenantId!, clientId!, clientSecret!);
    }

    // Surrounding whitespace is dropped: a token read from a file or a command often ends with a line break.
    // Blank values never get here (see CredentialVariableChecks.SetButEmpty); null means unset.
    private static string? Value(Func<string, string?> environment, string name) =>
        environment(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>No credential variables at all.</summary>
    public sealed record None : Credentials;

    /// <summary>Credential variables that cannot be used; <see cref="Problem"/> names the variable and the fix.</summary>
    public sealed record Invalid(string Problem) : Credentials;

    /// <summary><c>PARTNER_CENTER_TOKEN</c>.</summary>
    public sealed record StaticToken(string Token) : Credentials
    {
        // The generated record ToString would print the token.
        public override string ToString() => "PARTNER_CENTER_TOKEN";
    }

    /// <summary>An app registration's client secret, exchanged for tokens at the cloud's authority.</summary>
    public sealed record ClientSecret(string TenantId, string ClientId, string Secret) : Credentials
    {
        // The generated record ToString would print the secret.
        public override string ToString() => $"client {ClientId} of tenant {TenantId}";
    }

    /// <summary>Puts this credential on the client options; the cloud must already be set.</summary>
    public void ApplyTo(PartnerCenterClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        switch (this)
        {
            case StaticToken token:
                options.AccessToken = token.Token;
                break;
            case ClientSecret secret:
                options.Credential = new ClientSecretCredential(
                    secret.TenantId,
                    secret.ClientId,
                    secret.Secret,
                    new ClientSecretCredentialOptions { AuthorityHost = options.Cloud.AuthorityHost });
                break;
        }
    }
}
