// The names of an application's statuses, Chinese first, and its time left in words.
export const STATUS = {
  'awaiting-consent': '待各方确认 Awaiting consent',
  'submitted': '已提交 Submitted',
  'accepted': '已受理 Accepted',
  'not-accepted': '不予受理 Not accepted',
  'in-review': '审核中 In review',
  'needs-correction': '待补正 Needs correction',
  'approved': '已核准 Approved',
  'rejected': '不予登记 Rejected',
  'refused': '不予登记 Refused',
  'declined': '当事人拒绝 Declined',
  'withdrawn': '已撤回 Withdrawn',
  'recorded': '已登簿 Recorded',
};

const FINAL = ['not-accepted', 'rejected', 'refused', 'declined', 'withdrawn', 'recorded'];

export function timeLeft(limits, status) {
  if (FINAL.includes(status)) {
    return '已办结 Completed' + (limits.overdue ? ' (超期 late)' : ' (在法定时限内 within the statutory limit)');
  }
  if (limits.paused) {
    return '补正中，计时暂停 Paused for correction';
  }
  if (limits.overdue) {
    return '已超法定时限 Overdue by ' + (-limits.workingDaysLeft) + ' working days';
  }
  return '剩余 ' + limits.workingDaysLeft + ' 个工作日 working days left'
    + (limits.pastTarget ? ' (超承诺时限 past target)' : '');
}
