namespace PartnerCenter.Customers;

/// <summary>Where and how the client talks to Partner Center.</summary>
public sealed class PartnerCenterClientOptions
{
    /// <summary>The global Partner Center REST endpoint.</summary>
    public static readonly Uri GlobalEndpoint = new("https://api.partnercenter.microsoft.com");

    /// <summary>The service root; operation paths (/v1/...) are relative to it. Defaults to the global cloud.</summary>
    public Uri Endpoint { get; set; } = GlobalEndpoint;
}
