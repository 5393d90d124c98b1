using System.Text.Json.Nodes;
using PartnerCenter.Emulator.Customers;
using PartnerCenter.Emulator.Errors;
using PartnerCenter.Emulator.Hosting;
using PartnerCenter.Emulator.Requests;
using PartnerCenter.Emulator.Store;

namespace PartnerCenter.Emulator.Qualifications;

/// <summary>
/// <c>GET /v1/customers/{id}/qualifications</c> (the customer's qualifications, an empty array for none) and
/// <c>POST</c> on the same path (apply for one; 201 with the new qualification).
/// </summary>
internal static class QualificationEndpoints
{
    public static IResult List(string customerTenantId, CustomerStore store)
    {
        if (!Guid.TryParse(customerTenantId, out var tenantId))
        {
            return CustomerErrors.InvalidCustomerId();
        }

        if (!store.TryFind(tenantId, out var customer))
        {
            return CustomerErrors.TenantNotFound();
        }

        return new JsonNodeResult(new JsonArray([.. customer.Qualifications.Select(qualification => JsonNode.Parse(qualification.Json))]));
    }

    public static async Task<IResult> AddAsync(string customerTenantId, HttpRequest request, CustomerStore store, EmulatorClock clock)
    {
        if (!Guid.TryParse(customerTenantId, out var tenantId))
        {
            return CustomerErrors.InvalidCustomerId();
        }

        if (!store.TryFind(tenantId, out _))
        {
            return CustomerErrors.TenantNotFound();
        }

        var (input, unreadable) = await RequestBodies.ReadAsync(request, RequestJsonContext.Default.QualificationInput);
        if (input is null)
        {
            return CustomerErrors.InvalidProperty(unreadable!);
        }

        if (QualificationRules.Check(input, out var kind) is { } problem)
        {
            return CustomerErrors.Refused(problem, missingCode: PartnerCenterErrorCodes.InvalidProperty);
        }

        var outcome = store.Change(tenantId, current => QualificationApplication.Decide(current, kind, clock.Time.GetUtcNow()));
        return outcome.Result switch
        {
            QualificationResult.Added => new JsonNodeResult(outcome.Qualification!, StatusCodes.Status201Created),
            QualificationResult.TenantNotFound => CustomerErrors.TenantNotFound(),
            _ => CustomerErrors.InvalidProperty($"The customer already holds or has applied for the {kind} qualification."),
        };
    }
}
