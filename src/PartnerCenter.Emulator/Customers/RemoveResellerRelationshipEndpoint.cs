using System.Text.Json.Nodes;
using PartnerCenter.Emulator.Requests;
using PartnerCenter.Emulator.Resources;
using PartnerCenter.Emulator.Store;

namespace PartnerCenter.Emulator.Customers;

/// <summary>
/// <c>PATCH /v1/customers/{id}</c> with <c>relationshipToPartner</c> <c>none</c>: ends the reseller relationship, the one
/// documented use of the PATCH; other members of the body are not applied. The customer stays readable and listed,
/// with <c>relationshipToPartner</c> <c>none</c>. The prerequisites the docs name (Azure reservations cancelled,
/// subscriptions suspended) are not emulated. Doing it again answers the same.
/// </summary>
internal static class RemoveResellerRelationshipEndpoint
{
    private const string None = "none";

    public static async Task<IResult> HandleAsync(string customerTenantId, HttpRequest request, CustomerStore store)
    {
        if (!Guid.TryParse(customerTenantId, out var tenantId))
        {
            return CustomerErrors.InvalidCustomerId();
        }

        if (!store.TryFind(tenantId, out _))
        {
            return CustomerErrors.TenantNotFound();
        }

        var (patch, unreadable) = await RequestBodies.ReadAsync(request, RequestJsonContext.Default.CustomerPatchInput);
        if (patch is null)
        {
            return CustomerErrors.InvalidProperty(unreadable!);
        }

        if (!string.Equals(patch.RelationshipToPartner, None, StringComparison.OrdinalIgnoreCase))
        {
            return CustomerErrors.InvalidProperty("relationshipToPartner must be none: removing the reseller relationship is the only change a PATCH makes.");
        }

        var removed = store.Change(tenantId, current =>
        {
            if (current is null)
            {
                return StoreChange<bool>.Refuse(false);
            }

            var resource = current.ParseResource();
            resource["relationshipToPartner"] = None;
            return StoreChange<bool>.Store(current.WithResource(resource), true);
        });
        return removed ? new JsonNodeResult(Answer()) : CustomerErrors.TenantNotFound();
    }

    /// <summary>The documented answer: the patch echoed, every other member present and null.</summary>
    private static JsonObject Answer() => new()
    {
        ["id"] = null,
        ["commerceId"] = null,
        ["companyProfile"] = null,
        ["billingProfile"] = null,
        ["relationshipToPartner"] = None,
        ["allowDelegatedAccess"] = null,
        ["userCredentials"] = null,
        ["customDomains"] = null,
        ["associatedPartnerId"] = null,
        ["attributes"] = ResourceLinksJson.Attributes(CustomerJson.ObjectType),
    };
}
