using PartnerCenter.Emulator.Errors;

namespace PartnerCenter.Emulator.Customers;

/// <summary>The documented errors the customer endpoints share.</summary>
internal static class CustomerErrors
{
    // Not a route constraint: Partner Center answers a malformed id with 400/900118, not with 404.
    public static IResult InvalidCustomerId() =>
        ErrorResponses.Error(StatusCodes.Status400BadRequest, PartnerCenterErrorCodes.InvalidCustomerId, "The customer tenant id is not a valid GUID.");

    public static IResult TenantNotFound() =>
        ErrorResponses.Error(StatusCodes.Status404NotFound, PartnerCenterErrorCodes.TenantNotFound, "The customer tenant was not found.");

    public static IResult NoSuchResource() =>
        ErrorResponses.Error(StatusCodes.Status404NotFound, PartnerCenterErrorCodes.NotFound, "The customer has no such resource.");

    public static IResult InvalidProperty(string description) =>
        ErrorResponses.Error(StatusCodes.Status400BadRequest, PartnerCenterErrorCodes.InvalidProperty, description);
}
