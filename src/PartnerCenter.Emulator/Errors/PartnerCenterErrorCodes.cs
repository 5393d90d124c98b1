namespace PartnerCenter.Emulator.Errors;

/// <summary>The documented Partner Center error codes the emulator answers with.</summary>
internal static class PartnerCenterErrorCodes
{
    public const string NotFound = "1000";
    public const string TenantNotFound = "60003";
    public const string InvalidCustomerId = "900118";
    public const string PartnerTokenMissing = "800001";

    /// <summary>400: a member or parameter value is not acceptable.</summary>
    public const string InvalidProperty = "3000";

    /// <summary>400: the input is invalid (a new customer without a required member, or a body that is not the expected JSON).</summary>
    public const string InvalidInput = "800002";

    /// <summary>"Etag is no longer valid": sent with 412 when If-Match does not match the current version.</summary>
    public const string EtagNoLongerValid = "2055";

    /// <summary>403: the partner lacks the privileges the operation needs.</summary>
    public const string InsufficientPrivileges = "900308";

    /// <summary>400: the company's country requires <c>organizationRegistrationNumber</c> and none was given.</summary>
    public const string RegistrationNumberRequired = "600049";

    /// <summary>400: <c>organizationRegistrationNumber</c> was given for a country that does not take it.</summary>
    public const string RegistrationNumberNotAccepted = "600002";

    /// <summary>400: the billing address has no phone number in a country that requires one.</summary>
    public const string PhoneNumberRequired = "600051";
}
