namespace PartnerCenter.Emulator.Errors;

/// <summary>The documented Partner Center error codes the emulator answers with.</summary>
internal static class PartnerCenterErrorCodes
{
    public const string NotFound = "1000";
    public const string TenantNotFound = "60003";
    public const string InvalidCustomerId = "900118";
    public const string PartnerTokenMissing = "800001";
}
