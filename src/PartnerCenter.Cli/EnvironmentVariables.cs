namespace PartnerCenter.Cli;

/// <summary>The environment variables the tool reads: credentials only, never options that change what is called.</summary>
internal static class EnvironmentVariables
{
    /// <summary>A bearer token sent as it is (takes precedence over the Azure variables).</summary>
    public const string Token = "PARTNER_CENTER_TOKEN";

    public const string AzureTenantId = "AZURE_TENANT_ID";
    public const string AzureClientId = "AZURE_CLIENT_ID";
    public const string AzureClientSecret = "AZURE_CLIENT_SECRET";

    /// <summary>The text shown by <c>--help</c>.</summary>
    public const string HelpText =
        """
        Environment variables (credentials):
          PARTNER_CENTER_TOKEN   a bearer token, sent as it is; takes precedence over the three below
          AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET
                                 an app registration: tokens come from Microsoft Entra ID (the authority of --cloud)
        With neither, and without --endpoint or --cloud, the tool starts its built-in emulator and calls that.
        """;
}
