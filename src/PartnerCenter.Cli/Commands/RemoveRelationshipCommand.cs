using System.CommandLine;
using PartnerCenter.Customers;

namespace PartnerCenter.Cli;

/// <summary>
/// <c>customers remove-relationship &lt;id&gt; --yes</c>: ends the partner's reseller relationship with a customer
/// (<c>PATCH</c> with <c>relationshipToPartner</c> <c>none</c>). Taking it back needs the customer to accept a new
/// reseller relationship request, so the tool refuses to send it without <c>--yes</c>.
/// </summary>
internal static class RemoveRelationshipCommand
{
    /// <summary>The documented request body: the one change a PATCH of a customer makes.</summary>
    private static readonly CustomerPatch EndRelationship = new()
    {
        RelationshipToPartner = RelationshipToPartner.None,
        Attributes = new ResourceAttributes { ObjectType = "Customer" },
    };

    public static Command Create()
    {
        var customerId = CommandParts.CustomerId();
        var yes = new Confirmation(
            "--yes",
            "Confirms ending the reseller relationship. Required: the partner can no longer transact for the customer, "
            + "and only a new reseller relationship request the customer accepts brings it back.",
            "error: remove-relationship needs --yes: it ends the partner's reseller relationship with the customer, and only a new "
            + "reseller relationship request the customer accepts brings it back. Add --yes to confirm. Nothing was sent.");
        var command = new Command(
            "remove-relationship",
            "End the partner's reseller relationship with a customer it no longer transacts with (needs --yes).")
        {
            customerId, yes.Option,
        };
        command.WithNotes(
            """
            Without --yes nothing is sent (exit code 2). Partner Center accepts this with app+user tokens only. First cancel
            the customer's Azure Reserved VM Instance orders (through Azure support) and suspend its active subscriptions.
            The customer stays readable, with relationshipToPartner "none"; doing it again answers the same.
            """);
        return command.WithCustomerAction(customerId, new ConnectionOptions(), async (parseResult, id, connection, invocation) =>
        {
            if (await yes.RefuseUnlessGivenAsync(parseResult, invocation) is { } refused)
            {
                return refused;
            }

            return await Session.RunAsync(
                invocation,
                connection,
                async target =>
                {
                    await target.Api.RemoveResellerRelationshipAsync(id, EndRelationship, invocation.CancellationToken);
                    await invocation.Error.WriteLineAsync($"Removed the reseller relationship with customer {id}.");
                    return ExitCodes.Success;
                });
        });
    }
}
