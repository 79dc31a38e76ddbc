using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace CareerExplorer.Web.Services.Admin;

public sealed class NewAdminForm
{
    [Display(Name = "Email address")] public string? Email { get; set; }
    [Display(Name = "Password")] [DataType(DataType.Password)] public string? Password { get; set; }
    [Display(Name = "Repeat the password")] [DataType(DataType.Password)] public string? RepeatPassword { get; set; }
}

/// <summary>An admin account as the accounts page lists it: what Identity keeps about it.</summary>
public sealed record AdminAccount(string Id, string Email, bool IsYou, DateTimeOffset? LockedUntil, int FailedSignIns);

/// <summary>The account whose Admin role is about to be removed, and why that is refused, if it is.</summary>
public sealed record AdminRemoval(AdminAccount Account, string? Refusal);

public abstract record AccountResult
{
    /// <param name="Restored">The account existed without the Admin role (it had been removed) and has it again.</param>
    public sealed record Created(string Id, string Email, bool Restored = false) : AccountResult;

    /// <summary>Rules broken, each named by the form field it concerns.</summary>
    public sealed record Invalid(IReadOnlyList<RuleViolation> Violations) : AccountResult;

    public sealed record RoleRemoved(string Email) : AccountResult;

    public sealed record Refused(string Message) : AccountResult;

    public sealed record NotFound : AccountResult;
}

/// <summary>
/// Admin accounts: creating one (the accounts page and the create-admin command share these
/// rules and messages), removing the Admin role, signing out everywhere. Every change is in the
/// audit trail and the log, and ends the affected sessions at once (the security stamp is checked
/// on every request, see AuthSetup).
/// </summary>
public sealed class AdminAccountService(
    CareerDbContext db, UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, SignInManager<IdentityUser> signIn,
    TimeProvider clock, ILogger<AdminAccountService> logger)
{
    /// <summary>The Identity role every admin page requires.</summary>
    public const string AdminRole = "Admin";
    public const string AuditType = "Account";
    public const string PasswordsDiffer = "The two passwords differ; nothing was created.";

    public async Task<IReadOnlyList<AdminAccount>> ListAsync(ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        var you = users.GetUserId(viewer);
        var now = clock.GetUtcNow();
        return (await users.GetUsersInRoleAsync(AdminRole))
            .OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .Select(u => Row(u, you, now))
            .ToList();
    }

    /// <summary>The same checks as <see cref="CreateAdminAsync"/>, without writing anything.</summary>
    public async Task<IReadOnlyList<RuleViolation>> CheckNewAdminAsync(string? email, string? password, string? repeated = null)
    {
        var errors = new List<RuleViolation>();
        email = email?.Trim();
        if (string.IsNullOrEmpty(email))
            errors.Add(new(nameof(NewAdminForm.Email), "Enter an email address."));
        else if (!new EmailAddressAttribute().IsValid(email) || email.Length > 256)
            errors.Add(new(nameof(NewAdminForm.Email), $"'{email}' is not a valid email address."));
        else if (await users.FindByEmailAsync(email) is { } existing && await users.IsInRoleAsync(existing, AdminRole))
            errors.Add(new(nameof(NewAdminForm.Email), $"An account with the email {email} already exists."));

        if (string.IsNullOrEmpty(password))
            errors.Add(new(nameof(NewAdminForm.Password), "Enter a password."));
        else
        {
            var problems = new List<string>();
            var user = new IdentityUser { UserName = email, Email = email };
            foreach (var validator in users.PasswordValidators)
                problems.AddRange((await validator.ValidateAsync(users, user, password)).Errors.Select(e => e.Description));
            if (problems.Count > 0)
                errors.Add(new(nameof(NewAdminForm.Password), "The password is too weak: " + string.Join(" ", problems.Distinct())));
            else if (repeated is not null && repeated != password)
                errors.Add(new(nameof(NewAdminForm.RepeatPassword), PasswordsDiffer));
        }
        return errors;
    }

    /// <summary>Checks everything first, so a refused account leaves nothing half made; then the account, its role and the audit entry in one transaction.</summary>
    public async Task<AccountResult> CreateAdminAsync(string? email, string? password, string? repeated = null, CancellationToken ct = default)
    {
        var errors = await CheckNewAdminAsync(email, password, repeated);
        if (errors.Count > 0)
            return new AccountResult.Invalid(errors);
        email = email!.Trim();

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await roles.RoleExistsAsync(AdminRole))
            await roles.CreateAsync(new IdentityRole(AdminRole));
        // An account whose Admin role was removed gets it back, with the password given now.
        var former = await users.FindByEmailAsync(email);
        var user = former ?? new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var done = former is null
            ? await users.CreateAsync(user, password!)
            : await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password!);
        if (done.Succeeded)
            done = await users.AddToRoleAsync(user, AdminRole);
        if (!done.Succeeded)
            return new AccountResult.Invalid([new(nameof(NewAdminForm.Email), "Could not create the account: " + string.Join(" ", done.Errors.Select(e => e.Description)))]);
        Audit(former is null ? AuditAction.Create : AuditAction.Update, user, before: former is null ? null : "", after: AdminRole);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation(former is null ? "{Actor} created admin account {Email}" : "{Actor} gave the Admin role back to {Email}", db.AuditUserName, email);
        return new AccountResult.Created(user.Id, email, Restored: former is not null);
    }

    public async Task<AdminRemoval?> GetRemovalAsync(string id, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        if (await FindAdminAsync(id) is not { } user)
            return null;
        return new AdminRemoval(Row(user, users.GetUserId(actor), clock.GetUtcNow()), await RefusalAsync(user, actor));
    }

    /// <summary>
    /// Removes the Admin role and ends the account's sessions everywhere (a new security stamp),
    /// so its next request is no longer an admin's. Refused for the last admin and for yourself.
    /// </summary>
    public async Task<AccountResult> RemoveAdminRoleAsync(string id, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        // One write transaction: two admins removing each other cannot both pass the last-admin check.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await FindAdminAsync(id) is not { } user)
            return new AccountResult.NotFound();
        if (await RefusalAsync(user, actor) is { } refusal)
        {
            logger.LogWarning("{Actor} was refused removing the Admin role from {Email}: {Refusal}", db.AuditUserName, user.Email, refusal);
            return new AccountResult.Refused(refusal);
        }
        var removed = await users.RemoveFromRoleAsync(user, AdminRole);
        if (removed.Succeeded)
            removed = await users.UpdateSecurityStampAsync(user);
        if (!removed.Succeeded)
            return new AccountResult.Refused("The role could not be removed: " + string.Join(" ", removed.Errors.Select(e => e.Description)));
        Audit(AuditAction.Update, user, before: AdminRole, after: "");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("{Actor} removed the Admin role from {Email}; their sessions were ended", db.AuditUserName, user.Email);
        return new AccountResult.RoleRemoved(user.Email!);
    }

    /// <summary>Signs out here and, with a new security stamp, in every other browser too.</summary>
    public async Task SignOutEverywhereAsync(ClaimsPrincipal principal)
    {
        if (await users.GetUserAsync(principal) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            logger.LogInformation("{Email} signed out; every session of the account was ended", user.Email);
        }
        await signIn.SignOutAsync();
    }

    private async Task<IdentityUser?> FindAdminAsync(string id) =>
        await users.FindByIdAsync(id) is { } user && await users.IsInRoleAsync(user, AdminRole) ? user : null;

    private async Task<string?> RefusalAsync(IdentityUser user, ClaimsPrincipal actor)
    {
        if ((await users.GetUsersInRoleAsync(AdminRole)).Count <= 1)
            return $"{user.Email} is the only admin: without the role nobody could sign in to the admin pages. Add another admin first.";
        if (users.GetUserId(actor) == user.Id)
            return "You cannot remove your own Admin role. Ask another admin to do it: that way nobody locks themselves out by mistake, and every removal is made by a second person.";
        return null;
    }

    private AdminAccount Row(IdentityUser u, string? you, DateTimeOffset now) =>
        new(u.Id, u.Email ?? u.UserName ?? u.Id, u.Id == you, u.LockoutEnd > now ? u.LockoutEnd : null, u.AccessFailedCount);

    private void Audit(AuditAction action, IdentityUser user, string? before, string? after)
    {
        string? Snapshot(string? role) => role is null ? null
            : CareerDbContext.Snapshot(new Dictionary<string, object?> { ["Id"] = user.Id, ["Email"] = user.Email, ["Roles"] = role });
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(), User = db.AuditUserName, Action = action, EntityType = AuditType, EntityId = user.Id,
            Summary = user.Email!, Before = Snapshot(before), After = Snapshot(after),
        });
    }
}
