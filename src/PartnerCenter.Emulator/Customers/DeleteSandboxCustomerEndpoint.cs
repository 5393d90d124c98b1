using PartnerCenter.Emulator.Errors;
using PartnerCenter.Emulator.Store;

namespace PartnerCenter.Emulator.Customers;

/// <summary>
/// <c>DELETE /v1/customers/{id}</c>: only an integration sandbox account may delete customers; the customer leaves the
/// store (its domain becomes free, listings in progress skip it) and the answer is 204 without a body. A production
/// account gets 403 with code 900308 (insufficient privileges). The sandbox quota (75 customers) and the
/// prerequisites the docs name (orders cancelled, a valid address) are not emulated.
/// </summary>
internal static class DeleteSandboxCustomerEndpoint
{
    public static IResult Handle(string customerTenantId, CustomerStore store, PartnerAccount account)
    {
        if (!Guid.TryParse(customerTenantId, out var tenantId))
        {
            return CustomerErrors.InvalidCustomerId();
        }

        if (!store.TryFind(tenantId, out _))
        {
            return CustomerErrors.TenantNotFound();
        }

        if (!account.IsIntegrationSandbox)
        {
            return ErrorResponses.Error(
                StatusCodes.Status403Forbidden,
                PartnerCenterErrorCodes.InsufficientPrivileges,
                "Customers can only be deleted from an integration sandbox account; this partner account is not one.");
        }

        // Another request may have deleted it since the lookup.
        return store.TryRemove(tenantId) ? TypedResults.NoContent() : CustomerErrors.TenantNotFound();
    }
}
