using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CareerExplorer.Web.Data;

/// <summary>
/// Which cached pages a save makes stale (<see cref="ChangeTags"/>), worked out from the change
/// tracker before the save. Always the lists. A change to a role's own rows makes stale the pages
/// about that role and about every role whose page shows it (by its title and link, or by its
/// figures): the roles a career step links it to either way, its parent and its specialties, the
/// roles O*NET relates to it either way, the roles sharing an occupation code with it or with one
/// of its projections (their pages show its official wages or its projection when they have none),
/// and the roles O*NET files under one of its alternate titles. A change to anything else (a
/// source, a skill, the CPI, O*NET's reference rows, a type this list does not know) or to more
/// than <see cref="CareerDbContext.ManyRoles"/> roles is a change of everything.
/// </summary>
internal static class StalePages
{
    /// <summary>The kinds of rows that belong to the roles their foreign keys name.</summary>
    private static readonly HashSet<Type> RoleRows =
    [
        typeof(Role), typeof(RoleAlias), typeof(RoleTask), typeof(OccupationCode), typeof(SalaryFigure), typeof(OutlookFigure),
        typeof(RoleSkill), typeof(CareerStep), typeof(EducationStep), typeof(EmploymentProjection),
        typeof(OnetTask), typeof(OnetRating), typeof(OnetTechnology), typeof(OnetTrainingShare), typeof(OnetJobZone), typeof(OnetInterest), typeof(OnetRelated),
    ];

    public static async Task<ChangeTags> OfAsync(CareerDbContext db, CancellationToken ct)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal) { ChangeTags.Lists };
        var roleIds = new HashSet<int>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
                continue;
            if (entry.Entity is not Entity)
            {
                // A join row (a role's documents) may be shown anywhere; the audit trail, accounts and summaries are on no cached page.
                if (entry.Metadata.IsPropertyBag)
                    return ChangeTags.Everything;
                continue;
            }
            // A new source is on no page but the lists until a figure cites it, and that figure is a change to its role.
            if (entry.Entity is Source && entry.State == EntityState.Added)
                continue;
            if (!RoleRows.Contains(entry.Metadata.ClrType))
                return ChangeTags.Everything;

            foreach (var key in entry.Metadata.GetForeignKeys().Where(k => k.PrincipalEntityType.ClrType == typeof(Role)))
                foreach (var value in Values(entry, key.Properties[0].Name))
                {
                    if (value is int id)
                        roleIds.Add(id);
                    else if (entry.Entity is EmploymentProjection)
                        return ChangeTags.Everything; // a release's all-occupations line, which every projection is read against
                }
            if (entry.Entity is Role)
            {
                roleIds.UnionWith(Values(entry, nameof(Role.Id)).OfType<int>());
                foreach (var name in Values(entry, nameof(Role.Slug)).Concat(Values(entry, nameof(Role.Title))).OfType<string>())
                    tags.Add(ChangeTags.Role(name));
            }
            if (entry.Entity is OccupationCode or EmploymentProjection)
                codes.UnionWith(Values(entry, nameof(OccupationCode.Code)).OfType<string>());
            if (roleIds.Count > CareerDbContext.ManyRoles)
                return ChangeTags.Everything;
        }
        if (roleIds.Count == 0)
            return ChangeTags.Of(tags);

        var roles = await TheseAndThoseShowingThem(db, roleIds.ToList(), codes.ToList()).Select(r => new { r.Slug, r.Title }).ToListAsync(ct);
        if (roles.Count > CareerDbContext.ManyRoles)
            return ChangeTags.Everything;
        foreach (var role in roles)
        {
            tags.Add(ChangeTags.Role(role.Slug));
            tags.Add(ChangeTags.Role(role.Title));
        }
        return ChangeTags.Of(tags);
    }

    /// <summary>
    /// A property's value before the save (unless added) and after it (unless deleted); a value
    /// the save generates (the id of a new row) is left out: what is new is linked to nothing yet.
    /// </summary>
    private static IEnumerable<object?> Values(EntityEntry entry, string property)
    {
        var p = entry.Property(property);
        if (entry.State != EntityState.Added)
            yield return p.OriginalValue;
        if (entry.State != EntityState.Deleted && !p.IsTemporary)
            yield return p.CurrentValue;
    }

    /// <summary>The roles, and every role whose page or comparison shows one of them (see the class).</summary>
    private static IQueryable<Role> TheseAndThoseShowingThem(CareerDbContext db, List<int> ids, List<string> codes)
    {
        var theirCodes = db.OccupationCodes.Where(c => ids.Contains(c.RoleId)).Select(c => c.Code)
            .Union(db.EmploymentProjections.Where(p => p.RoleId != null && ids.Contains(p.RoleId.Value)).Select(p => p.Code));
        var theirAlternateTitles = db.OnetAlternateTitles.Where(t => ids.Contains(t.RoleId)).Select(t => t.Title.ToLower());
        var showing = db.CareerSteps.Where(s => ids.Contains(s.FromRoleId)).Select(s => s.ToRoleId)
            .Union(db.CareerSteps.Where(s => ids.Contains(s.ToRoleId)).Select(s => s.FromRoleId))
            .Union(db.Roles.Where(r => r.ParentRoleId != null && ids.Contains(r.ParentRoleId.Value)).Select(r => r.Id))
            .Union(db.Roles.Where(r => r.ParentRoleId != null && ids.Contains(r.Id)).Select(r => r.ParentRoleId!.Value))
            .Union(db.OnetRelated.Where(r => ids.Contains(r.RelatedRoleId)).Select(r => r.RoleId))
            .Union(db.OnetRelated.Where(r => ids.Contains(r.RoleId)).Select(r => r.RelatedRoleId))
            .Union(db.OccupationCodes.Where(c => codes.Contains(c.Code) || theirCodes.Contains(c.Code)).Select(c => c.RoleId))
            .Union(db.Roles.Where(r => theirAlternateTitles.Contains(r.Title.Trim().ToLower())).Select(r => r.Id))
            .Union(db.RoleAliases.Where(a => theirAlternateTitles.Contains(a.Name.Trim().ToLower())).Select(a => a.RoleId));
        return db.Roles.AsNoTracking().Where(r => ids.Contains(r.Id) || showing.Contains(r.Id));
    }
}
