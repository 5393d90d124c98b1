using PartnerCenter.Emulator.Customers;
using PartnerCenter.Emulator.Errors;
using PartnerCenter.Emulator.Requests;
using PartnerCenter.Emulator.Resources;
using PartnerCenter.Emulator.Store;
using PartnerCenter.Emulator.Validation;

namespace PartnerCenter.Emulator.Creation;

/// <summary>
/// <c>POST /v1/customers</c>: validates the new customer, adds it to the store unless its domain is taken (checked
/// and added atomically, so two concurrent requests for one domain cannot both succeed), and answers 201 with the
/// documented shape, including the administrator's one-time credentials.
/// </summary>
internal static class CreateCustomerEndpoint
{
    /// <summary>The administrator's user name, as in the documented answer.</summary>
    public const string AdministratorUserName = "admin";

    public static async Task<IResult> HandleAsync(HttpRequest request, CustomerStore store, Etags etags)
    {
        var (input, unreadable) = await RequestBodies.ReadAsync(request, RequestJsonContext.Default.NewCustomerInput);
        if (input is null)
        {
            return ErrorResponses.Error(StatusCodes.Status400BadRequest, PartnerCenterErrorCodes.InvalidInput, unreadable!);
        }

        if (NewCustomerRules.Check(input, out var customer) is { } problem)
        {
            return CustomerErrors.Refused(problem, missingCode: PartnerCenterErrorCodes.InvalidInput);
        }

        var facts = NewCustomerFacts.From(customer, etags.Next());
        if (!store.TryAdd(StoredCustomer.Create(facts.TenantId, CustomerJson.Full(facts), delegatedAdminAccess: true), out _))
        {
            return CustomerErrors.InvalidProperty($"companyProfile.domain {facts.Domain} is already in use by another tenant.");
        }

        return new JsonNodeResult(
            CustomerJson.CreatedAnswer(facts, AdministratorUserName, AdministratorPasswords.Create()),
            StatusCodes.Status201Created);
    }
}
