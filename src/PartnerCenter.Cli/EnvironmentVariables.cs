namespace PartnerCenter.Cli;

/// <summary>The environment variables the tool reads: credentials only, never options that change what is called.</summary>
internal static class EnvironmentVariables
{
    /// <summary>A bearer token sent as it is (takes precedence over the Azure variables).</summary>
    public const string Token = "PARTNER_CENTER_TOKEN";

    public const string AzureTenantId = "AZURE_TENANT_ID";
    public const string AzureClientId = "AZURE_CLIENT_ID";
    public const string AzureClientSecret = "AZURE_CLIENT_SECRET";

    /// <summary>Every credential variable, with what a user puts in it (for messages about a variable left empty).</summary>
    public static IReadOnlyList<(string Name, string Holds)> Credentials { get; } =
    [
        (Token, "a bearer token"),
        (AzureTenantId, "the partner tenant's id or domain"),
        (AzureClientId, "the app registration's client id"),
        (AzureClientSecret, "the app registration's client secret"),
    ];

    /// <summary>The text shown by <c>--help</c>.</summary>
    public const string HelpText =
        """
        Environment variables (credentials):
          PARTNER_CENTER_TOKEN   a bearer token, sent as it is; takes precedence over the three below
          AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET
                                 an app registration: tokens come from Microsoft Entra ID (the authority of --cloud)
        With none of them set, and without --endpoint or --cloud, the tool starts its built-in emulator and calls
        that. A variable that is set but empty is an error, not the same as unset.
        """;
}
