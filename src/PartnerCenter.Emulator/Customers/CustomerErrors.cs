using PartnerCenter.Emulator.Errors;
using PartnerCenter.Emulator.Validation;

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

    /// <summary>
    /// A refused body. <paramref name="missingCode"/> is what a missing member is answered with: 800002 ("input is
    /// invalid") for a new customer, 3000 for updates, whose documented 400 codes are 3000 and 2055 only. Country rules
    /// carry their own code; any other problem is 3000.
    /// </summary>
    public static IResult Refused(ValidationProblem problem, string missingCode) =>
        ErrorResponses.Error(
            StatusCodes.Status400BadRequest,
            problem.Kind switch
            {
                ProblemKind.Missing => missingCode,
                ProblemKind.CountryRule => problem.CountryRuleCode ?? PartnerCenterErrorCodes.InvalidProperty,
                _ => PartnerCenterErrorCodes.InvalidProperty,
            },
            problem.Description);
}
