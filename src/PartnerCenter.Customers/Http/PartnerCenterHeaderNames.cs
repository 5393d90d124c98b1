namespace PartnerCenter.Customers.Http;

/// <summary>The Partner Center request headers the runtime sets, spelled as the REST reference spells them.</summary>
internal static class PartnerCenterHeaderNames
{
    public const string RequestId = "MS-RequestId";
    public const string CorrelationId = "MS-CorrelationId";
    public const string ContractVersion = "MS-Contract-Version";
    public const string Application = "MS-PartnerCenter-Application";
    public const string Locale = "X-Locale";
    public const string IfMatch = "If-Match";
}
