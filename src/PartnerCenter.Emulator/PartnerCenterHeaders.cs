namespace PartnerCenter.Emulator;

/// <summary>Names of the Partner Center request/response headers the emulator reads or writes.</summary>
internal static class PartnerCenterHeaders
{
    public const string RequestId = "MS-RequestId";
    public const string CorrelationId = "MS-CorrelationId";
}
