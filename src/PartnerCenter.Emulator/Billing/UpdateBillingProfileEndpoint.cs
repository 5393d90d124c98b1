using PartnerCenter.Emulator.Customers;
using PartnerCenter.Emulator.Errors;
using PartnerCenter.Emulator.Requests;
using PartnerCenter.Emulator.Store;
using PartnerCenter.Emulator.Validation;

namespace PartnerCenter.Emulator.Billing;

/// <summary>
/// <c>PUT /v1/customers/{id}/profiles/billing</c>: replaces the billing profile when <c>If-Match</c> carries its current
/// ETag, and answers with the profile as stored under a new ETag. A stale ETag is 412 with the Partner Center error
/// body, code 2055 ("Etag is no longer valid"), which the spec has clients treat like 400/2055.
/// </summary>
internal static class UpdateBillingProfileEndpoint
{
    public static async Task<IResult> HandleAsync(string customerTenantId, HttpRequest request, CustomerStore store, Etags etags)
    {
        if (!Guid.TryParse(customerTenantId, out var tenantId))
        {
            return CustomerErrors.InvalidCustomerId();
        }

        // Looked up first so an unknown customer is 404 whatever the request holds; decided again under the lock.
        if (!store.TryFind(tenantId, out _))
        {
            return CustomerErrors.TenantNotFound();
        }

        if (IfMatchCondition.From(request.Headers.IfMatch) is not { } condition)
        {
            return CustomerErrors.InvalidProperty("The If-Match header is required: send the attributes.etag of the billing profile as read, in double quotes.");
        }

        var (input, unreadable) = await RequestBodies.ReadAsync(request, RequestJsonContext.Default.BillingProfileInput);
        if (input is null)
        {
            return CustomerErrors.InvalidProperty(unreadable!);
        }

        if (BillingProfileRules.Check(input, "billingProfile", out var profile) is { } problem)
        {
            return CustomerErrors.Refused(problem, missingCode: PartnerCenterErrorCodes.InvalidProperty);
        }

        var outcome = store.Change(tenantId, current => BillingProfileUpdate.Decide(current, condition, profile, etags));
        return outcome.Result switch
        {
            BillingUpdateResult.Updated => new JsonNodeResult(outcome.Profile!),
            BillingUpdateResult.TenantNotFound => CustomerErrors.TenantNotFound(),
            BillingUpdateResult.NoBillingProfile => CustomerErrors.NoSuchResource(),
            _ => ErrorResponses.Error(
                StatusCodes.Status412PreconditionFailed,
                PartnerCenterErrorCodes.EtagNoLongerValid,
                "Etag is no longer valid: the billing profile has changed since it was read. Read it again and retry with its new ETag."),
        };
    }
}
